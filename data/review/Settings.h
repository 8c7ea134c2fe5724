#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace adreview {

// Typed access to the user's preferences: every key has one name and one default, here.
class Settings {
public:
    enum class Key {
        Reviewer,
        Device,
        LastDatabase,
        RecentDatabases,
        WindowGeometry,
        WindowState,
        SplitterState,
        QueueHeaderState,
        QueueHeaderTitles, // the column titles the header state was saved with (its language)
        LastFilter,        // the queue's tab and filters, as a map of strings
        Language,          // the window's language: "" follows the system, or "en", "de", "ru"
        SavedViews,        // the queue's saved views, a list of maps (queue/SavedViews)
    };

    // The per-user settings file, or a given file (tests use their own).
    explicit Settings(const QString &fileName = {});
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    QString fileName() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace adreview
