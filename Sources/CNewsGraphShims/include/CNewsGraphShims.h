// C helpers Swift has no spelling for. Header-only: every function is `static inline`.
#ifndef CNEWSGRAPH_SHIMS_H
#define CNEWSGRAPH_SHIMS_H

/// Asks the processor to bring the cache line at `address` into every cache level, without
/// waiting for it (a read; never faults, whatever the address). One `prefetcht0` on x86-64.
static inline void newsgraph_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
