#include "centerdesk/core/passwordhasher.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QString>
#include <sodium.h>

namespace centerdesk::core {

namespace {

class PasswordText final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordText)
};

bool initializeSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// resources/security/common-passwords.txt: one password a line, compared
// case-insensitively.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/centerdesk/security/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    set.insert(line.toCaseFolded());
            }
        }
        return set;
    }();
    return passwords;
}

} // namespace

Result<QString> PasswordHasher::hash(const QByteArray& password, Parameters parameters)
{
    if (!initializeSodium())
        return Error::store(QStringLiteral("crypto"),
                            PasswordText::tr("libsodium could not start."));
    Q_ASSERT(parameters.passes >= minimum().passes &&
             parameters.memoryBytes >= minimum().memoryBytes);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(),
                              static_cast<unsigned long long>(password.size()), parameters.passes,
                              parameters.memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::store(QStringLiteral("out-of-memory"),
                            PasswordText::tr("There was not enough memory to hash the password."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QByteArray& password)
{
    if (!initializeSodium())
        return false;
    const QByteArray hashText = storedHash.toLatin1();
    return crypto_pwhash_str_verify(hashText.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

Status PasswordHasher::checkStrength(const QByteArray& password, const QString& userName,
                                     const QString& field)
{
    const QString text = QString::fromUtf8(password);
    if (text.size() < minimumLength) {
        return Error::invalid(field, QStringLiteral("password-length"),
                              PasswordText::tr("The password must have at least %1 characters; "
                                               "this one has %2.")
                                  .arg(minimumLength)
                                  .arg(text.size()));
    }
    const QString folded = text.toCaseFolded();
    if (commonPasswords().contains(folded)) {
        return Error::invalid(field, QStringLiteral("password-common"),
                              PasswordText::tr("This password is on the list of common "
                                               "passwords; choose another."));
    }
    if (!userName.isEmpty() && folded.contains(userName.toCaseFolded())) {
        return Error::invalid(field, QStringLiteral("password-user-name"),
                              PasswordText::tr("The password may not contain the user name."));
    }
    if (text.count(text.at(0)) == text.size()) {
        return Error::invalid(field, QStringLiteral("password-repeated"),
                              PasswordText::tr("The password may not be one character repeated."));
    }
    return {};
}

} // namespace centerdesk::core
