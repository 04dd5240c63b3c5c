# Compiler, build type, ccache and sanitizer settings shared by every target.
# Included from the top-level CMakeLists.txt before any target is defined.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Release (-O2) unless the caller chose otherwise.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
  set_property(CACHE CMAKE_BUILD_TYPE PROPERTY STRINGS Debug Release RelWithDebInfo MinSizeRel)
endif()
# CMake's own default for Release is -O3; ours is -O2. A value given with -D
# on the command line is kept.
if(CMAKE_CXX_FLAGS_RELEASE STREQUAL "-O3 -DNDEBUG")
  set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags for Release builds" FORCE)
endif()

# ccache, when installed. CCACHE_BASEDIR makes cache hits independent of where
# the checkout lives (CI builds in a fresh clone in another folder); the cache
# itself stays in ccache's default directory (~/.cache/ccache) across runs.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER AND NOT DEFINED ENV{INGOT_NO_CCACHE})
  find_program(INGOT_CCACHE ccache)
  find_program(INGOT_ENV env)
  if(INGOT_CCACHE AND INGOT_ENV)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        "${INGOT_ENV};CCACHE_BASEDIR=${CMAKE_SOURCE_DIR};CCACHE_NOHASHDIR=1;${INGOT_CCACHE}")
  elseif(INGOT_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${INGOT_CCACHE}")
  endif()
endif()

set(INGOT_WARNING_FLAGS -Wall -Wextra)

if(INGOT_SANITIZE AND INGOT_FUZZ)
  message(FATAL_ERROR "INGOT_SANITIZE and INGOT_FUZZ are separate build directories; pick one")
endif()

if(INGOT_SANITIZE)
  # Applied to every target, so the library, the CLI and the unit tests all
  # carry the checks. Any report aborts the process (no recovery).
  set(INGOT_SANITIZER_FLAGS
      -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${INGOT_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

if(INGOT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "INGOT_FUZZ needs clang: configure with CC=clang-14 CXX=clang++-14")
  endif()
  # Instrument everything for coverage + ASan/UBSan; only the fuzzer
  # executables link libFuzzer's main (see fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
