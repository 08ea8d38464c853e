# Project-wide compile options carried by one INTERFACE target that every Seika target links.
add_library(seika_options INTERFACE)
target_compile_features(seika_options INTERFACE cxx_std_23)
target_compile_options(seika_options INTERFACE -Wall -Wextra -Wpedantic)
if(SEIKA_WERROR OR DEFINED ENV{CI})
    target_compile_options(seika_options INTERFACE -Werror)
endif()
target_compile_definitions(seika_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
)
target_include_directories(seika_options INTERFACE ${PROJECT_SOURCE_DIR})

# scripts/test.sh --sanitize: every target (all link seika_options) with ASan and UBSan; UB aborts.
if(SEIKA_SANITIZE)
    target_compile_options(seika_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(seika_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
# scripts/fuzz.sh: coverage for libFuzzer plus ASan and UBSan; tests/fuzz links the fuzzer runtime.
if(SEIKA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SEIKA_FUZZ needs Clang (libFuzzer); configure with CXX=clang++-19")
    endif()
    # -Wno-deprecated-declarations: Clang 19 flags std::get_temporary_buffer inside libstdc++ 12's stable_sort.
    target_compile_options(seika_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        -Wno-deprecated-declarations)
    target_link_options(seika_options INTERFACE -fsanitize=address,undefined)
endif()
