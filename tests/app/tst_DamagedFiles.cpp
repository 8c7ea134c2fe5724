// A database damaged after it was written (pages overwritten in the middle, the file cut short):
// every command either works on what is intact or stops with exit status 3 and a message that
// names the file; none crashes, and none writes to the damaged file.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDamagedFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good;

    struct Run {
        bool crashed = false;
        int code = -1;
        QString err;
    };

    Run adreview(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"ADREVIEW_DEVICE"_s, u"damage-test"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ADREVIEW_BIN"), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result();
    }

    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_good, path) ? path : QString();
    }

    // Every command a reviewer or a script would run on the file.
    // A command that stops writes nothing; one that succeeds (the damage is where it does not
    // look) may write, and the next command starts from that file.
    void everyCommandStopsCleanly(const QString &db)
    {
        const QList<QStringList> commands{
            {u"cases"_s},
            {u"show"_s, u"GEN-1-0000010"_s},
            {u"verify"_s},
            {u"annotate"_s, u"GEN-1-0000010"_s, u"--text"_s, u"a note"_s},
            {u"decide"_s, u"GEN-1-0000010"_s, u"clear"_s, u"--rationale"_s, u"no finding"_s},
            {u"report"_s, u"-o"_s, m_dir.filePath(u"r.json"_s)},
            {u"sync"_s, u"export"_s, u"-o"_s, m_dir.filePath(u"b.adrbundle"_s)},
        };
        bool verifyRefused = false;
        for (QStringList args : commands) {
            args << u"--db"_s << db;
            const QByteArray before = hashOf(db);
            QVERIFY(!before.isEmpty());
            const Run r = adreview(args);
            const QString what = args.join(u' ') + u": "_s + r.err;
            QVERIFY2(!r.crashed, qPrintable(what));
            QVERIFY2(r.code == 0 || r.code == 3, qPrintable(what));
            if (r.code == 3) {
                QVERIFY2(r.err.contains(db), qPrintable(what));
                QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(what));
                QCOMPARE(hashOf(db), before);
            }
            if (args.first() == u"verify"_s)
                verifyRefused = r.code != 0;
        }
        QVERIFY(verifyRefused);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.sqlite"_s);
        QCOMPARE(adreview({u"generate"_s, u"--db"_s, m_good, u"--cases"_s, u"400"_s}).code, 0);
        QCOMPARE(adreview({u"verify"_s, u"--db"_s, m_good}).code, 0);
    }

    void overwrittenPages()
    {
        const QString db = copy(u"overwritten.sqlite"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 40);
        QByteArray junk(700, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 37 + 11) % 256);
        for (qint64 page = 20; page < pages; page += 7) {
            QVERIFY(f.seek(page * 4096 + 100));
            QVERIFY(f.write(junk) == junk.size());
        }
        f.close();
        everyCommandStopsCleanly(db);
    }

    void cutShort()
    {
        const QString db = copy(u"truncated.sqlite"_s);
        QFile f(db);
        QVERIFY(f.resize(f.size() / 2));
        everyCommandStopsCleanly(db);
    }

    // adreview backup, then damage, then adreview restore: the latest copy is back and the
    // damaged file is kept beside it.
    void restoreBringsBackTheLatestBackup()
    {
        const QString db = copy(u"restored.sqlite"_s);
        const Run backup = adreview({u"backup"_s, u"--db"_s, db});
        QCOMPARE(backup.code, 0);
        const Run listed = adreview({u"backup"_s, u"--db"_s, db, u"--list"_s});
        QCOMPARE(listed.code, 0);
        QFile f(db);
        QVERIFY(f.resize(f.size() / 2));
        QCOMPARE(adreview({u"verify"_s, u"--db"_s, db}).code, 3);
        const Run restored = adreview({u"restore"_s, u"--db"_s, db});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(adreview({u"verify"_s, u"--db"_s, db}).code, 0);
        QCOMPARE(QDir(m_dir.path()).entryList({u"restored.sqlite.replaced-*"_s}, QDir::Files).size(), 1);
        // Nothing to restore from: a clear refusal.
        const Run none = adreview({u"restore"_s, u"--db"_s, m_dir.filePath(u"other.sqlite"_s)});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(u"no backups"_s), qPrintable(none.err));
    }

    void headerOverwritten()
    {
        const QString db = copy(u"header.sqlite"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(16));
        QVERIFY(f.write(QByteArray(84, '\xff')) == 84); // page size, versions, counts: all nonsense
        f.close();
        everyCommandStopsCleanly(db);
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_DamagedFiles.moc"
