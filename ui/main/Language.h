#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QApplication;

namespace adreview {

// The languages the window speaks and how the choice in Preferences (Settings::Key::Language)
// becomes the translators the application uses. The command line stays English.
namespace language {

// The codes a choice can hold besides "" (follow the system): "en", "de", "ru".
QStringList codes();
// A language's own name ("Deutsch", "Русский"), as the Preferences list shows it.
QString nativeName(const QString &code);
// The language a choice leads to: the choice itself when it is a known code, otherwise the first
// of the system's preferred languages that the window speaks, otherwise English.
QString resolve(const QString &choice, const QLocale &system = QLocale::system());
// Loads the window's translation (":/i18n/adreview_CODE.qm") and Qt's own (qtbase_CODE.qm from
// Qt's translations folder, when present) for the language the choice leads to, and installs
// them on the application, replacing any this function installed before. Returns that language.
QString installTranslators(QApplication &app, const QString &choice);

} // namespace language
} // namespace adreview
