#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The built-in tables are string literals, bytes in the binary's image (the linker puts them
/// in `.rodata`, which here lies in the writable segment, after `.data`): reading them once at
/// start-up (WordNet's forms, the word lists, the place table's line starts) leaves about 2 MiB
/// of the file's pages resident for the whole run, though afterwards only the place table is
/// read again, a few lines per look-up. ``release(_:)`` hands those pages back to the kernel
/// once the lexicon is compiled; a page read again later is mapped from the file again, so
/// nothing changes but the resident size (issue 14 bounds its peak).
enum LiteralPages {
    /// Drops from the resident set the whole pages inside `text`'s bytes that lie in a private
    /// mapping of a file and are still the file's own pages, never written (`/proc/self/pagemap`
    /// says: present and file-backed; a written page of a private mapping is an anonymous copy,
    /// which `MADV_DONTNEED` would turn back into the file's bytes). A string on the heap, or
    /// anything else, is left alone. Linux only; does nothing where `/proc` cannot be read.
    static func release(_ texts: [String]) {
        #if os(Linux)
            guard let maps = privateFileMappings() else { return }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            guard page > 0 else { return }
            let pagemap = open("/proc/self/pagemap", O_RDONLY)
            guard pagemap >= 0 else { return }
            defer { close(pagemap) }
            for text in texts {
                _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                    let first = Int(bitPattern: base)
                    let last = first + bytes.count
                    guard maps.contains(where: { $0.lowerBound <= first && last <= $0.upperBound }) else { return }
                    let start = (first + page - 1) & ~(page - 1)
                    let end = last & ~(page - 1)
                    guard end > start else { return }
                    let pages = (end - start) / page
                    var entries = [UInt64](repeating: 0, count: pages)
                    let wanted = pages * 8
                    let read = entries.withUnsafeMutableBytes { pread(pagemap, $0.baseAddress, wanted, off_t(start / page * 8)) }
                    guard read == wanted else { return }
                    // Bit 63: present; bit 61: a file page (not an anonymous copy). Runs of such pages.
                    let filePage: UInt64 = 1 << 63 | 1 << 61
                    var k = 0
                    while k < pages {
                        guard entries[k] & filePage == filePage else {
                            k += 1
                            continue
                        }
                        var j = k
                        while j < pages, entries[j] & filePage == filePage { j += 1 }
                        if let pointer = UnsafeMutableRawPointer(bitPattern: start + k * page) {
                            _ = madvise(pointer, (j - k) * page, MADV_DONTNEED)
                        }
                        k = j
                    }
                }
            }
        #endif
    }

    #if os(Linux)
        /// The address ranges of the process's private file-backed mappings (`/proc/self/maps`
        /// lines whose permissions end in `p` and that have an inode), or `nil` if unreadable.
        private static func privateFileMappings() -> [Range<Int>]? {
            guard let file = fopen("/proc/self/maps", "r") else { return nil }
            defer { fclose(file) }
            var result: [Range<Int>] = []
            var line = [CChar](repeating: 0, count: 4096)
            while fgets(&line, Int32(line.count), file) != nil {
                let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let fields = text.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count >= 6, fields[1].hasPrefix("r"), fields[1].hasSuffix("p"), fields[4] != "0" else { continue }
                let bounds = fields[0].split(separator: "-")
                guard bounds.count == 2, let low = Int(bounds[0], radix: 16), let high = Int(bounds[1], radix: 16), low < high
                else { continue }
                result.append(low..<high)
            }
            return result
        }
    #endif
}
