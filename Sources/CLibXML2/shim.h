#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> pulls in the
 * system <unicode/ucnv.h>. The Swift 6 toolchain on Linux ships its own ICU
 * headers as the clang module _FoundationICU; any module that sees both (a
 * test target importing Foundation, the generated test runner, ...) fails with
 * "'UErrorCode' has different definitions in different modules". Nothing we
 * call needs ICU types: the only declarations behind LIBXML_ICU_ENABLED are the
 * last two pointer fields of struct _xmlCharEncodingHandler, which we only
 * ever use through pointers. See ../../STYLE notes in ARCHITECTURE.md. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/catalog.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

/* xmlFree is a mutable C global (a function pointer) in libxml2 2.9.x built
 * without LIBXML_THREAD_ALLOC_ENABLED. Swift 6 rejects any reference to it as
 * not concurrency-safe, so it is reached only through this function. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

/* libxml2 prints some errors (I/O errors of an output buffer, for one) through its
 * generic error handler, which writes to stderr. Every error we care about comes
 * through a per-context structured handler instead, so the generic one is silenced.
 * The handler is per-thread state in a thread-enabled libxml2: call this on every
 * thread before using libxml2 (the wrapper does, at each entry point). A C variadic
 * function cannot be written in Swift, hence this shim. */
static void clibxml2_ignore_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore_generic_error);
}

#endif /* CLIBXML2_SHIM_H */
