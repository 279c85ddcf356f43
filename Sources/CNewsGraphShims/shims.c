// The target's functions are all `static inline` in include/CNewsGraphShims.h; SwiftPM needs one
// source file to build a C target.
#include "CNewsGraphShims.h"
