import CNewsGraphShims

/// Asks the processor to bring the cache line at `address` in, without waiting for it: a
/// table look-up whose key is known some time before its result is needed starts its cache
/// miss early. It never faults, whatever the address. (C's `__builtin_prefetch`, through the
/// `CNewsGraphShims` header: Swift has no prefetch of its own, and declaring LLVM's intrinsic
/// by its name with `@_silgen_name` crashed the compiler in sanitizer builds.)
@inlinable @inline(__always)
public func prefetch(_ address: UnsafeRawPointer) {
    newsgraph_prefetch(address)
}
