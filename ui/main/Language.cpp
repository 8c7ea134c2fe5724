#include "main/Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace adreview::language {

namespace {

// Marks the translators installTranslators() made, so that a second call replaces them.
constexpr auto translatorName = "adreview-translator";

} // namespace

QStringList codes()
{
    return {u"en"_s, u"de"_s, u"ru"_s};
}

QString nativeName(const QString &code)
{
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"ru")
        return u"Русский"_s;
    if (code == u"en")
        return u"English"_s;
    return code;
}

QString resolve(const QString &choice, const QLocale &system)
{
    const QStringList known = codes();
    if (known.contains(choice))
        return choice;
    for (const QString &ui : system.uiLanguages()) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (known.contains(code))
            return code;
    }
    return u"en"_s;
}

QString installTranslators(QApplication &app, const QString &choice)
{
    for (QTranslator *old :
         app.findChildren<QTranslator *>(QString::fromLatin1(translatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString code = resolve(choice);
    // A language chosen in Preferences also words numbers and dates its way; "follow the system"
    // leaves the system's own formats alone.
    if (codes().contains(choice))
        QLocale::setDefault(QLocale(choice));
    if (code == u"en")
        return code;
    const auto install = [&app](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QString::fromLatin1(translatorName));
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
            return;
        delete translator;
    };
    install(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(u"adreview_"_s + code, u":/i18n"_s);
    return code;
}

} // namespace adreview::language
