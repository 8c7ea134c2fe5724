// The manual page the build writes beside the program: every command's --help is in it, and
// groff reads it without a warning.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString program()
{
    return qEnvironmentVariable("ADREVIEW_BIN");
}

QString run(const QString &exe, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(exe));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

// The page's text for a no-fill block, as ManPage.cmake writes it.
QString asRoff(QString text)
{
    text.replace(u"\\"_s, u"\\e"_s);
    static const QRegularExpression request(u"(^|\\n)([.'])"_s);
    return text.replace(request, u"\\1\\\\&\\2"_s);
}

} // namespace

class tst_ManPage : public QObject {
    Q_OBJECT

    QString m_page;

private slots:
    void initTestCase()
    {
        QVERIFY2(!program().isEmpty(), "ADREVIEW_BIN is not set");
        QFile f(QFileInfo(program()).dir().filePath(u"adreview.1"_s));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_page = QString::fromUtf8(f.readAll());
    }

    void holdsEveryCommandsHelp()
    {
        const QString overview = run(program(), {u"--help"_s});
        static const QRegularExpression commandLine(u"\\n  ([a-z]+) "_s);
        QStringList commands;
        for (auto it = commandLine.globalMatch(overview); it.hasNext();)
            commands << it.next().captured(1);
        QVERIFY2(commands.size() >= 12, qPrintable(overview));
        for (const QString &command : commands) {
            QVERIFY2(m_page.contains(u"\n.SS %1\n"_s.arg(command)), qPrintable(command));
            // A command with sub-commands: its first one's help.
            static const QHash<QString, QString> firstSub{
                {u"sync"_s, u"export"_s}, {u"device"_s, u"show"_s}, {u"team"_s, u"init"_s}};
            const QString help = firstSub.contains(command)
                                     ? run(program(), {command, firstSub.value(command), u"--help"_s})
                                     : run(program(), {command, u"--help"_s});
            // Every line of the command's help, as the page holds it.
            for (const QString &line : help.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(u"QStandardPaths:"_s))
                    continue;
                QVERIFY2(m_page.contains(asRoff(line)), qPrintable(command + u": "_s + line));
            }
        }
        QVERIFY(m_page.startsWith(u".TH ADREVIEW 1 "_s));
    }

    void groffReadsItWithoutWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(u"groff"_s);
        QVERIFY2(!groff.isEmpty(), "groff is not installed (Debian package groff-base)");
        int code = -1;
        const QString out = run(
            groff, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-z"_s, QFileInfo(program()).dir().filePath(u"adreview.1"_s)},
            &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.trimmed().isEmpty(), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(tst_ManPage)
#include "tst_ManPage.moc"
