#include "review/SigningKeys.h"

#include "review/Identity.h"

namespace adreview {

Result<std::optional<DeviceKey>> GeneratedSigningKeys::load(const QString &device)
{
    if (const auto it = m_keys.constFind(device); it != m_keys.cend())
        return std::optional<DeviceKey>(*it);
    return std::optional<DeviceKey>();
}

Result<DeviceKey> GeneratedSigningKeys::create(const Identity &who)
{
    const DeviceKey key = DeviceKey::generate(who.device, who.reviewer);
    m_keys.insert(who.device, key);
    return key;
}

} // namespace adreview
