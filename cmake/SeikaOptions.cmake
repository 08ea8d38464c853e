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
