/// LLVM's prefetch intrinsic, declared by its name: Swift has no prefetch of its own, and
/// the call compiles to one `prefetcht0` (checked with `objdump` in -O and -Onone builds of
/// this toolchain). Arguments: address, 0 = read, locality 3 = keep in all cache levels,
/// 1 = data cache.
@_silgen_name("llvm.prefetch.p0")
@usableFromInline func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ cache: Int32)

/// Asks the processor to bring the cache line at `address` in, without waiting for it: a
/// table look-up whose key is known some time before its result is needed starts its cache
/// miss early. It never faults, whatever the address.
@inlinable @inline(__always)
package func prefetch(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 0, 3, 1)
}
