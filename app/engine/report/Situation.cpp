// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Situation.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Situation::Symptom, const char *>, 5> symptomNames{{
    {Situation::Symptom::CannotConnect, "cannot_connect"},
    {Situation::Symptom::TimesOut, "times_out"},
    {Situation::Symptom::AuthenticationFails, "authentication_fails"},
    {Situation::Symptom::NotReceived, "not_received"},
    {Situation::Symptom::WorksSometimes, "works_sometimes"},
}};

constexpr std::array<std::pair<Situation::SentFrom, const char *>, 3> sentFromNames{{
    {Situation::SentFrom::Website, "website"},
    {Situation::SentFrom::Server, "server"},
    {Situation::SentFrom::ThisComputer, "this_computer"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name)
{
    for (const auto &[candidate, candidateName] : table) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString Situation::symptomName(Symptom symptom)
{
    return nameOf(symptomNames, symptom);
}

std::optional<Situation::Symptom> Situation::symptomFromName(const QString &name)
{
    return valueOf(symptomNames, name);
}

QString Situation::sentFromName(SentFrom sentFrom)
{
    return nameOf(sentFromNames, sentFrom);
}

std::optional<Situation::SentFrom> Situation::sentFromFromName(const QString &name)
{
    return valueOf(sentFromNames, name);
}

QString Situation::symptomLabel(Symptom symptom)
{
    switch (symptom) {
    case Symptom::CannotConnect:
        return QCoreApplication::translate("Situation", "Cannot connect to the SMTP server");
    case Symptom::TimesOut:
        return QCoreApplication::translate("Situation", "The connection times out");
    case Symptom::AuthenticationFails:
        return QCoreApplication::translate("Situation", "The server refuses the password");
    case Symptom::NotReceived:
        return QCoreApplication::translate("Situation",
                                           "Mail is sent but not received, or lands in spam");
    case Symptom::WorksSometimes:
        return QCoreApplication::translate("Situation", "It works only sometimes");
    }
    return {};
}

QString Situation::sentFromLabel(SentFrom sentFrom)
{
    switch (sentFrom) {
    case SentFrom::Website:
        return QCoreApplication::translate("Situation", "A website on a web host");
    case SentFrom::Server:
        return QCoreApplication::translate("Situation", "A server the user can log in to");
    case SentFrom::ThisComputer:
        return QCoreApplication::translate("Situation", "This computer");
    }
    return {};
}
