#ifndef GRAPHDOC_CCMARK_SHIM_H
#define GRAPHDOC_CCMARK_SHIM_H
#include <cmark.h>
#endif
