extension String {
    /// A string from UTF-8 bytes (libxml2 gives only valid UTF-8).
    @inline(__always) init(utf8Bytes bytes: UnsafeRawBufferPointer) {
        self.init(decoding: bytes, as: UTF8.self)
    }
}
