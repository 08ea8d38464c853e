# Fails when a translation file is incomplete: runs lupdate over the current sources into a copy of
# each .ts file (so strings added to the code but not to the .ts count too) and rejects any message
# left unfinished.
#   -DLUPDATE=… -DSOURCES_LIST=… (one source per line) -DTS_FILES=a.ts;b.ts -DWORK_DIR=…
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\"" hits "${text}")
    list(LENGTH hits count)
    string(REGEX MATCHALL "type=\"unfinished\"" all "${text}")
    list(LENGTH all total)
    if(total GREATER 0)
        list(SUBLIST hits 0 10 first)
        list(JOIN first "\n" shown)
        string(REPLACE "<translation type=\"unfinished\"" "" shown "${shown}")
        list(APPEND failed "${name}: ${total} unfinished message(s), for example:\n${shown}")
    else()
        message(STATUS "${name}: complete")
    endif()
endforeach()
if(failed)
    list(JOIN failed "\n\n" text)
    message(FATAL_ERROR "${text}\nRun `cmake --build build --target seika_ui_lupdate` and translate them.")
endif()
