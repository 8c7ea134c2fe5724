# Writes the manual page adreview.1 from the program's own help: `adreview --help` for the
# synopsis and overview, and `adreview COMMAND --help` (and `adreview sync SUB --help`) for each
# command, so the page and --help never disagree.
#
#   cmake -DADREVIEW=path/to/adreview -DOUTPUT=adreview.1 -DVERSION=0.1.0 -P ManPage.cmake
cmake_minimum_required(VERSION 3.25)

function(help_of out)
    execute_process(COMMAND ${ADREVIEW} ${ARGN} --help
                    OUTPUT_VARIABLE text ERROR_QUIET RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "adreview ${ARGN} --help failed (${rc})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text for a no-fill block: backslashes written as \e, and a line starting with . or ' kept
# from being read as a request.
function(roff_block out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(overview)
string(TIMESTAMP date "%Y-%m-%d" UTC) # SOURCE_DATE_EPOCH, when set, makes the date reproducible

# The commands, in the order the overview lists them.
string(REGEX MATCH "Commands:\n(.*)\n\n" listing "${overview}")
string(REGEX MATCHALL "\n  [a-z]+ " lines "\n${CMAKE_MATCH_1}")
set(commands "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" name)
    list(APPEND commands ${name})
endforeach()
list(LENGTH commands count)
if(count LESS 5)
    message(FATAL_ERROR "no command list in adreview --help")
endif()

roff_block(overview_block "${overview}")
set(page ".TH ADREVIEW 1 \"${date}\" \"AdReview ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nadreview \\- moderation review for advertising policy teams\n")
string(APPEND page ".SH SYNOPSIS\n.B adreview\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-reviewer\\fR \\fINAME\\fR] "
                   "[\\fB\\-\\-device\\fR \\fIID\\fR]\n.br\n.B adreview\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] "
                   "\\fIBUNDLE\\fR.adrbundle ...\n.br\n.B adreview\n\\fICOMMAND\\fR [\\fIoptions\\fR]\n")
string(APPEND page ".SH DESCRIPTION\nAdReview is a desktop moderation review tool. Without a command it opens the "
                   "review window; with one it does that one thing from the command line.\n.PP\n${overview_block}")
string(APPEND page ".SH COMMANDS\n")
foreach(command IN LISTS commands)
    help_of(text ${command})
    string(APPEND page ".SS ${command}\n")
    # A command with sub-commands (sync) lists them as "Usage: adreview sync SUB ..."
    string(REGEX MATCHALL "adreview ${command} [a-z][a-z-]* " subs "${text}")
    list(REMOVE_DUPLICATES subs)
    if(subs)
        foreach(sub IN LISTS subs)
            string(REGEX REPLACE "adreview ${command} ([a-z][a-z-]*) " "\\1" sub "${sub}")
            help_of(subtext ${command} ${sub})
            roff_block(block "${subtext}")
            string(APPEND page "${block}.PP\n")
        endforeach()
    else()
        roff_block(block "${text}")
        string(APPEND page "${block}")
    endif()
endforeach()
string(APPEND page ".SH ENVIRONMENT\n.TP\n.B ADREVIEW_REVIEWER\nThe reviewer events are recorded under, "
                   "unless \\fB\\-\\-reviewer\\fR is given.\n.TP\n.B ADREVIEW_DEVICE\nThe device id events are "
                   "recorded under, unless \\fB\\-\\-device\\fR is given.\n.TP\n.B ADREVIEW_KEY_DIR\nThe folder of "
                   "the devices' signing keys (default: AdReview/keys in the user's data folder).\n")
string(APPEND page ".SH EXIT STATUS\n0 done, 1 rejected (invalid input or a broken rule, or a conflict), 2 usage, "
                   "3 the database cannot be used (locked, read-only, damaged, newer).\n")
file(WRITE ${OUTPUT} "${page}")
