// The German and Russian translations: complete, current with the sources, true to their
// placeholders and accelerators, and used by the window.

#include "TestDatabase.h"
#include "TestPaths.h"
#include "domain/Vocabulary.h"
#include "main/Actions.h"
#include "main/Language.h"
#include "main/MainWindow.h"
#include "main/PreferencesDialog.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueView.h"
#include "review/Settings.h"
#include "widgets/VocabularyText.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
};

struct TsFile {
    QString language; // the TS element's language attribute, "de_DE"
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &code)
{
    return test::translationsDir() + u"/adreview_"_s + code + u".ts"_s;
}

// %1 to %9 (also as %L1), the way QString::arg() sees them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9])"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(0);
    return found;
}

// The accelerator marks of a text: single '&' before a character; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    return int(text.count(u'&') - 2 * text.count(u"&&"_s));
}

QString where(const Message &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source);
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void currentWithSources_data();
    void currentWithSources();
    void dataHoldsNoTranslatedText();
    void vocabularyTranslated_data();
    void vocabularyTranslated();
    void resolvesLanguage();
    void germanWindow();
    void preferencesStoreLanguage();
    void cleanupTestCase();
};

void tst_Translations::initTestCase()
{
    for (const QString &code : {u"de"_s, u"ru"_s})
        QVERIFY2(QFile::exists(u":/i18n/adreview_%1.qm"_s.arg(code)), qPrintable(code));
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("forms"); // plural forms of the language
    QTest::newRow("de") << u"de"_s << 2;
    QTest::newRow("ru") << u"ru"_s << 3;
}

void tst_Translations::complete()
{
    QFETCH(QString, code);
    QFETCH(int, forms);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(code), qPrintable(ts.language));
    QVERIFY(ts.messages.size() > 400);
    QStringList faults;
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty())
            faults << u"%1: %2"_s.arg(where(m), m.type);
        if (m.numerus && m.translations.size() != forms)
            faults << u"%1: %2 plural forms instead of %3"_s.arg(where(m)).arg(m.translations.size()).arg(forms);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                faults << u"%1: empty translation"_s.arg(where(m));
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                faults << u"%1: placeholders differ in \"%2\""_s.arg(where(m), t);
            if (m.numerus && m.source.contains(u"%n"_s) != t.contains(u"%n"_s))
                faults << u"%1: %n missing in \"%2\""_s.arg(where(m), t);
            if (m.numerus && m.source.contains(u"%Ln"_s) != t.contains(u"%Ln"_s))
                faults << u"%1: %Ln missing in \"%2\""_s.arg(where(m), t);
            if (accelerators(t) != accelerators(m.source) || t.count(u"&&"_s) != m.source.count(u"&&"_s))
                faults << u"%1: accelerator differs in \"%2\""_s.arg(where(m), t);
        }
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
}

void tst_Translations::currentWithSources_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("ru") << u"ru"_s;
}

// lupdate, run on the sources as the update_translations target runs it, must find nothing new
// and drop nothing: a tr() text without its translation, or a translation whose text is gone,
// fails here.
void tst_Translations::currentWithSources()
{
    QFETCH(QString, code);
    QString lupdate = test::lupdateProgram();
    if (!QFileInfo(lupdate).isExecutable())
        lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(lupdate));
    const QString sourceList = test::translatedSourcesList();
    QVERIFY2(QFile::exists(sourceList), qPrintable(sourceList));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath(code)).fileName());
    QVERIFY(QFile::copy(tsPath(code), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    // The sources include headers by their folder under ui/ and data/ ("main/Actions.h"), as the
    // target's include paths, which the update_translations target passes, let them.
    const QDir project(test::resourcesDir() + u"/.."_s);
    process.start(lupdate, {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, project.absoluteFilePath(u"ui"_s),
                            u"-I"_s, project.absoluteFilePath(u"data"_s), u"@"_s + sourceList, u"-ts"_s, copy});
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    const TsFile before = readTs(tsPath(code));
    const TsFile after = readTs(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> kept;
    QStringList faults;
    for (const Message &m : after.messages) {
        kept << where(m);
        if (m.type == u"unfinished")
            faults << u"%1: new text, not translated (run the update_translations target and translate it)"_s.arg(
                where(m));
    }
    for (const Message &m : before.messages) {
        if (!kept.contains(where(m)))
            faults << u"%1: no longer in the sources (run the update_translations target)"_s.arg(where(m));
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n') + u'\n' + output));
}

// The data layer speaks English only (the record, the command line); the window's words come
// from ui/, which installs them (the queue's through QueueWords). lupdate finds nothing in data/.
void tst_Translations::dataHoldsNoTranslatedText()
{
    QString lupdate = test::lupdateProgram();
    if (!QFileInfo(lupdate).isExecutable())
        lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(u"data.ts"_s);
    const QDir project(test::resourcesDir() + u"/.."_s);
    QProcess process;
    process.start(lupdate, {u"-recursive"_s, u"-extensions"_s, u"cpp,h"_s, u"-I"_s, project.absoluteFilePath(u"data"_s),
                            project.absoluteFilePath(u"data"_s), u"-ts"_s, ts});
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    const TsFile found = readTs(ts);
    QStringList texts;
    for (const Message &m : found.messages)
        texts << where(m);
    QVERIFY2(texts.isEmpty(), qPrintable(texts.join(u'\n')));
}

void tst_Translations::vocabularyTranslated_data()
{
    currentWithSources_data();
}

// Every word of every closed list the window shows (priorities, sources, states, outcomes,
// actions, evidence kinds, reliabilities, advisory statuses) has its text and a finished
// translation, and the window shows that translation: a word added to the vocabulary without one
// fails here.
void tst_Translations::vocabularyTranslated()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QHash<QString, Message> messages;
    for (const Message &m : ts.messages) {
        if (m.context == u"adreview::VocabularyText")
            messages.insert(m.source + u'|' + m.comment, m);
    }
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    QCOMPARE(language::installTranslators(*app, code), code);
    const auto english = qScopeGuard([app] { language::installTranslators(*app, u"en"_s); });
    QStringList faults;
    int words = 0;
    for (const VocabularyText::List list : VocabularyText::lists) {
        QVERIFY(!VocabularyText::words(list).isEmpty());
        for (const QString &word : VocabularyText::words(list)) {
            ++words;
            const VocabularyText::Source source = VocabularyText::sourceText(list, word);
            if (!source.text) {
                faults << u"\"%1\" (list %2): no text to show it by"_s.arg(word).arg(int(list));
                continue;
            }
            const QString key = QString::fromUtf8(source.text) + u'|' + QString::fromUtf8(source.comment);
            const auto found = messages.constFind(key);
            if (found == messages.cend() || !found->type.isEmpty() ||
                found->translations.value(0).trimmed().isEmpty()) {
                faults << u"\"%1\" (%2): not translated"_s.arg(word, QString::fromUtf8(source.comment));
                continue;
            }
            if (VocabularyText::show(list, word) != found->translations.value(0))
                faults << u"\"%1\": shown as \"%2\""_s.arg(word, VocabularyText::show(list, word));
        }
    }
    QVERIFY(words > 40);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    // A word outside the lists is shown as stored.
    QCOMPARE(VocabularyText::state(u"no-such-state"_s), u"no-such-state"_s);
}

void tst_Translations::resolvesLanguage()
{
    QCOMPARE(language::resolve(QString(), QLocale(u"de_DE"_s)), u"de"_s);
    QCOMPARE(language::resolve(QString(), QLocale(u"ru_RU"_s)), u"ru"_s);
    QCOMPARE(language::resolve(QString(), QLocale(u"en_GB"_s)), u"en"_s);
    QCOMPARE(language::resolve(QString(), QLocale(u"fr_FR"_s)), u"en"_s);
    QCOMPARE(language::resolve(u"ru"_s, QLocale(u"de_DE"_s)), u"ru"_s);
    QCOMPARE(language::resolve(u"en"_s, QLocale(u"de_DE"_s)), u"en"_s);
    QCOMPARE(language::resolve(u"xx"_s, QLocale(u"de_AT"_s)), u"de"_s);
}

void tst_Translations::germanWindow()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    QCOMPARE(language::installTranslators(*app, u"de"_s), u"de"_s);
    test::TestDatabase t;
    t.loadDemo();
    {
        auto db = Database::open(t.path());
        QVERIFY(db);
        MainWindow w(std::move(*db), Identity{u"tester"_s, u"test-device"_s}, t.dirPath() + u"/settings.ini"_s);
        QStringList menus;
        for (const QAction *a : w.menuBar()->actions())
            menus << a->text();
        for (const QString &title : {u"&Datei"_s, u"&Ansicht"_s, u"&Fall"_s, u"&Hilfe"_s})
            QVERIFY2(menus.contains(title), qPrintable(menus.join(u", "_s)));
        QCOMPARE(w.actions()->get(Actions::Ban)->text(), u"&Sperren…"_s);
        // The data's words too: the queue's priority and state cells, the case header's fields.
        auto *queue = w.findChild<QueueView *>();
        QVERIFY(queue && queue->model()->rowCount() > 0);
        QSet<QString> priorities, states;
        for (int row = 0; row < queue->model()->rowCount(); ++row) {
            priorities << queue->model()->index(row, CaseQueueModel::Priority).data().toString();
            states << queue->model()->index(row, CaseQueueModel::State).data().toString();
        }
        QVERIFY2(priorities.contains(u"hoch"_s) && priorities.contains(u"niedrig"_s) && !priorities.contains(u"high"_s),
                 qPrintable(priorities.values().join(u", "_s)));
        QVERIFY2(states.contains(u"offen"_s) && !states.contains(u"open"_s), qPrintable(states.values().join(u", "_s)));
        queue->setFocus();
        queue->selectRow(0);
        QTRY_VERIFY(!w.findChild<QLabel *>(u"priority"_s)->text().isEmpty());
        const QString state = w.findChild<QLabel *>(u"state"_s)->text();
        QVERIFY2(!vocab::states().contains(state), qPrintable(state));
        QCOMPARE(state, VocabularyText::state(queue->model()->index(0, 0).data(CaseQueueModel::StateRole).toString()));
    }
    // Installing again replaces the translators; English has none.
    QCOMPARE(language::installTranslators(*app, u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("adreview::MainWindow", "&File"), u"&File"_s);
}

void tst_Translations::preferencesStoreLanguage()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    settings.setValue(Settings::Key::Reviewer, u"tester"_s);
    settings.setValue(Settings::Key::Device, u"test-device"_s);
    PreferencesDialog dialog(settings);
    auto *combo = dialog.findChild<QComboBox *>(u"language"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // follows the system until chosen
    QCOMPARE(combo->count(), 4);
    combo->setCurrentIndex(combo->findData(u"ru"_s));
    QCOMPARE(combo->currentText(), u"Русский"_s);
    dialog.accept();
    QCOMPARE(settings.value(Settings::Key::Language).toString(), u"ru"_s);
    PreferencesDialog again(settings);
    QCOMPARE(again.findChild<QComboBox *>(u"language"_s)->currentData().toString(), u"ru"_s);
}

void tst_Translations::cleanupTestCase()
{
    QLocale::setDefault(QLocale::system());
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
