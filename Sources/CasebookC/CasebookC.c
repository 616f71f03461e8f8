// SwiftPM builds a C target only from sources; everything this one offers is static inline in
// include/CasebookC.h.
#include "CasebookC.h"
