# llama.cpp (optional): the static libraries deps/llama.cpp.sh builds into
# ${INGOT_DEPS_CACHE:-~/.cache/ingot-deps}/llama.cpp-<version>/prefix, as the
# imported target ingot::llama (llama + ggml + ggml-cpu + ggml-base, CPU only,
# PIC). When they are not built, INGOT_HAVE_LLAMA is OFF and there is no target.
#
#   -DINGOT_LLAMA_PREFIX=DIR   use the install prefix DIR (include/llama.h, lib/libllama.a)

# The pinned version, from the same file deps/llama.cpp.sh reads.
set(_ingot_llama_pin "${CMAKE_CURRENT_LIST_DIR}/../deps/llama.cpp.pin")
file(STRINGS "${_ingot_llama_pin}" _ingot_llama_version REGEX "^LLAMA_CPP_PYTHON_VERSION=")
string(REGEX REPLACE "^[^=]*=" "" INGOT_LLAMA_VERSION "${_ingot_llama_version}")
file(STRINGS "${_ingot_llama_pin}" _ingot_llama_commit REGEX "^LLAMA_CPP_COMMIT=")
string(REGEX REPLACE "^[^=]*=" "" INGOT_LLAMA_COMMIT "${_ingot_llama_commit}")
# Re-configure when the pin changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_ingot_llama_pin}")

if(DEFINED ENV{INGOT_DEPS_CACHE} AND NOT "$ENV{INGOT_DEPS_CACHE}" STREQUAL "")
  set(_ingot_deps_cache "$ENV{INGOT_DEPS_CACHE}")
else()
  set(_ingot_deps_cache "$ENV{HOME}/.cache/ingot-deps")
endif()
set(INGOT_LLAMA_PREFIX "${_ingot_deps_cache}/llama.cpp-${INGOT_LLAMA_VERSION}/prefix"
    CACHE PATH "Install prefix of llama.cpp's static libraries (made by deps/llama.cpp.sh)")

set(INGOT_HAVE_LLAMA OFF)
set(_ingot_llama_libs llama ggml ggml-cpu ggml-base)
set(_ingot_llama_found ON)
foreach(_lib IN LISTS _ingot_llama_libs)
  if(NOT EXISTS "${INGOT_LLAMA_PREFIX}/lib/lib${_lib}.a")
    set(_ingot_llama_found OFF)
  endif()
endforeach()
if(NOT EXISTS "${INGOT_LLAMA_PREFIX}/include/llama.h")
  set(_ingot_llama_found OFF)
endif()

if(_ingot_llama_found)
  find_package(Threads REQUIRED)
  # One imported archive per library; each names what it needs, so the
  # linker sees them in dependency order: llama -> ggml -> ggml-cpu -> ggml-base.
  foreach(_lib IN LISTS _ingot_llama_libs)
    add_library(ingot::llama_${_lib} STATIC IMPORTED)
    set_target_properties(ingot::llama_${_lib} PROPERTIES
      IMPORTED_LOCATION "${INGOT_LLAMA_PREFIX}/lib/lib${_lib}.a")
  endforeach()
  set_target_properties(ingot::llama_ggml-base PROPERTIES
    INTERFACE_LINK_LIBRARIES "Threads::Threads;m")
  set_target_properties(ingot::llama_ggml-cpu PROPERTIES
    INTERFACE_LINK_LIBRARIES "ingot::llama_ggml-base")
  set_target_properties(ingot::llama_ggml PROPERTIES
    INTERFACE_LINK_LIBRARIES "ingot::llama_ggml-cpu;ingot::llama_ggml-base")
  set_target_properties(ingot::llama_llama PROPERTIES
    INTERFACE_LINK_LIBRARIES "ingot::llama_ggml;ingot::llama_ggml-base")

  add_library(ingot::llama INTERFACE IMPORTED)
  set_target_properties(ingot::llama PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${INGOT_LLAMA_PREFIX}/include"
    INTERFACE_LINK_LIBRARIES "ingot::llama_llama")
  set(INGOT_HAVE_LLAMA ON)
  # A rebuilt prefix (new stamp) re-runs this check.
  if(EXISTS "${INGOT_LLAMA_PREFIX}/.stamp")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${INGOT_LLAMA_PREFIX}/.stamp")
  endif()
  string(SUBSTRING "${INGOT_LLAMA_COMMIT}" 0 7 _ingot_llama_short)
  message(STATUS "llama.cpp: ${INGOT_LLAMA_PREFIX} (llama-cpp-python ${INGOT_LLAMA_VERSION}, llama.cpp ${_ingot_llama_short}): ingot::llama")
else()
  message(STATUS "llama.cpp: not built in ${INGOT_LLAMA_PREFIX} (run deps/llama.cpp.sh): no ingot::llama")
endif()
