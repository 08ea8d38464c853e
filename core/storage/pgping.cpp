#include "core/storage/pgping.h"

#include "core/storage/pglocation.h"

#include <libpq-fe.h>

#include <vector>

namespace seika::core {

ServerPing pingServer(const QString &location, int timeoutSeconds)
{
    if (!PgLocation::isServerLocation(location))
        return ServerPing::NotAServer;
    auto parsed = PgLocation::parse(location);
    if (!parsed)
        return ServerPing::NotAServer;
    const QList<QPair<QByteArray, QByteArray>> parameters = parsed->libpqParameters(timeoutSeconds);
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &[key, value] : parameters) {
        keywords.push_back(key.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    switch (PQpingParams(keywords.data(), values.data(), 0)) {
    case PQPING_OK:
        return ServerPing::Reachable;
    case PQPING_NO_ATTEMPT:
        return ServerPing::NotAServer;
    case PQPING_REJECT:
    case PQPING_NO_RESPONSE:
        break;
    }
    return ServerPing::Unreachable;
}

} // namespace seika::core
