#include "centerdesk/core/account.h"

#include <QCoreApplication>

namespace centerdesk::core {

namespace {
class SizeText final
{
    Q_DECLARE_TR_FUNCTIONS(SizeText)
};
} // namespace

QString sizeClassName(SizeClass size)
{
    switch (size) {
    case SizeClass::Small:
        return QStringLiteral("small");
    case SizeClass::Medium:
        return QStringLiteral("medium");
    case SizeClass::Large:
        return QStringLiteral("large");
    }
    return {};
}

std::optional<SizeClass> sizeClassFromName(QStringView name)
{
    for (SizeClass size : {SizeClass::Small, SizeClass::Medium, SizeClass::Large}) {
        if (name == sizeClassName(size))
            return size;
    }
    return std::nullopt;
}

QString sizeClassLabel(SizeClass size)
{
    switch (size) {
    case SizeClass::Small:
        return SizeText::tr("Small");
    case SizeClass::Medium:
        return SizeText::tr("Medium");
    case SizeClass::Large:
        return SizeText::tr("Large");
    }
    return {};
}

} // namespace centerdesk::core
