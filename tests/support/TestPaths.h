#pragma once

#include <QString>

namespace adreview::test {

// Folders of the source and build trees that tests read from. They are compiled into one small
// file of the test support library only, so that every other test object is the same in any
// clone of the repository and the compiler cache can reuse it.
QString importFile(const QString &name); // tests/data/files/import/NAME
QString resourcesDir();                  // resources/
QString translationsDir();               // resources/translations/
QString translatedSourcesList();         // the list of sources lupdate reads, written by CMake
QString lupdateProgram();

} // namespace adreview::test
