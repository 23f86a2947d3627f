#pragma once

#include "centerdesk/core/result.h"

#include <QByteArray>
#include <cstddef>

namespace centerdesk::core {

// Argon2id through libsodium's crypto_pwhash_str, stored in libsodium's
// string format ($argon2id$v=19$m=...,t=...,p=1$salt$hash).
class PasswordHasher final
{
public:
    struct Parameters final
    {
        unsigned long long passes = 2; // t
        std::size_t memoryBytes = 64u * 1024u * 1024u;
    };
    // libsodium's interactive set: 64 MiB, 2 passes (about 60 ms here).
    static Parameters standard() { return {}; }
    // OWASP's minimum, 19 MiB and 2 passes: the cheapest set ever allowed,
    // used explicitly by tests that create many users.
    static Parameters minimum() { return {2, 19u * 1024u * 1024u}; }

    static Result<QString> hash(const QByteArray& password, Parameters parameters = standard());
    static bool verify(const QString& storedHash, const QByteArray& password);

    // The password rules: at least 12 characters, not a common password, not
    // the user name, not one repeated character. `field` names the input.
    static Status checkStrength(const QByteArray& password, const QString& userName,
                                const QString& field);
    static constexpr int minimumLength = 12;
};

} // namespace centerdesk::core
