#pragma once

#include "domain/Result.h"
#include "review/DeviceKeys.h"

#include <QHash>

#include <optional>

namespace adreview {

struct Identity;

// Where a writer finds the key of each device it writes for: the user's key files (DeviceKeys),
// or keys made in memory for a generated database.
class SigningKeys {
public:
    virtual ~SigningKeys() = default;
    virtual Result<std::optional<DeviceKey>> load(const QString &device) = 0;
    virtual Result<DeviceKey> create(const Identity &who) = 0;
    // Where the device's key is kept, for a message saying it is missing.
    virtual QString where(const QString &device) const = 0;
};

// The key files in a folder (DeviceKeys::defaultDir() unless told).
class FileSigningKeys : public SigningKeys {
public:
    explicit FileSigningKeys(DeviceKeys keys = DeviceKeys()) : m_keys(std::move(keys)) {}
    Result<std::optional<DeviceKey>> load(const QString &device) override { return m_keys.load(device); }
    Result<DeviceKey> create(const Identity &who) override { return m_keys.loadOrCreate(who); }
    QString where(const QString &device) const override { return m_keys.path(device); }

private:
    DeviceKeys m_keys;
};

// Keys made in memory and never saved: a generated database's devices sign with them.
class GeneratedSigningKeys : public SigningKeys {
public:
    Result<std::optional<DeviceKey>> load(const QString &device) override;
    Result<DeviceKey> create(const Identity &who) override;
    QString where(const QString &) const override { return QStringLiteral("memory"); }

private:
    QHash<QString, DeviceKey> m_keys;
};

} // namespace adreview
