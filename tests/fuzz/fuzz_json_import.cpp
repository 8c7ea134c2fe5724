// libFuzzer target: a JSON case file, as `adreview import` and the import dialog read it. A file
// the parser accepts is imported into a fresh copy of the demo database, which must then verify;
// a file the importer refuses must have written nothing.
#include "FuzzDatabase.h"
#include "import/JsonImportParser.h"

using namespace Qt::StringLiterals;
using namespace adreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (JsonImportParser().parse(bytes, u"fuzz.json"_s))
        fuzz::FuzzDatabase::instance().checkCaseImport(bytes, u"fuzz.json"_s);
    return 0;
}
