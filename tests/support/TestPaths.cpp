#include "TestPaths.h"

using namespace Qt::StringLiterals;

namespace adreview::test {

QString importFile(const QString &name)
{
    return QStringLiteral(ADREVIEW_TEST_DATA) + u"/import/"_s + name;
}

QString resourcesDir()
{
    return QStringLiteral(ADREVIEW_RESOURCES);
}

QString translationsDir()
{
    return QStringLiteral(ADREVIEW_RESOURCES) + u"/translations"_s;
}

QString translatedSourcesList()
{
    return QStringLiteral(ADREVIEW_TRANSLATED_SOURCES);
}

QString lupdateProgram()
{
    return QStringLiteral(ADREVIEW_LUPDATE);
}

} // namespace adreview::test
