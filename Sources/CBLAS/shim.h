// OpenBLAS's CBLAS interface and LAPACKE, as Debian's libopenblas-dev and liblapacke-dev install them.
#ifndef DATARAYA_CBLAS_SHIM_H
#define DATARAYA_CBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
