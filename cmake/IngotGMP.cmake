# GMP (Debian libgmp-dev ships no CMake config): defines the imported target
# Ingot::GMP. Only the C API (gmp.h) is used.
find_path(GMP_INCLUDE_DIR gmp.h REQUIRED)
find_library(GMP_LIBRARY NAMES gmp libgmp REQUIRED)
if(NOT TARGET Ingot::GMP)
  add_library(Ingot::GMP UNKNOWN IMPORTED)
  set_target_properties(Ingot::GMP PROPERTIES
    IMPORTED_LOCATION "${GMP_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${GMP_INCLUDE_DIR}")
endif()
mark_as_advanced(GMP_INCLUDE_DIR GMP_LIBRARY)
message(STATUS "Found GMP: ${GMP_LIBRARY}")
