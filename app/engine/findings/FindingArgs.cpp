// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingArgs.h"

FindingArgs::FindingArgs(std::initializer_list<QPair<FindingArg, QString>> values)
{
    for (const auto &[arg, value] : values)
        set(arg, value);
}

FindingArgs &FindingArgs::set(FindingArg arg, const QString &value)
{
    for (auto &entry : m_values) {
        if (entry.first == arg) {
            entry.second = value;
            return *this;
        }
    }
    m_values.append({arg, value});
    return *this;
}

bool FindingArgs::contains(FindingArg arg) const
{
    for (const auto &entry : m_values) {
        if (entry.first == arg)
            return true;
    }
    return false;
}

QString FindingArgs::value(FindingArg arg) const
{
    for (const auto &entry : m_values) {
        if (entry.first == arg)
            return entry.second;
    }
    return {};
}

QString FindingArgs::name(FindingArg arg)
{
    switch (arg) {
    case FindingArg::None:
        return {};
    case FindingArg::Host:
        return QStringLiteral("host");
    case FindingArg::Address:
        return QStringLiteral("address");
    case FindingArg::Port:
        return QStringLiteral("port");
    case FindingArg::Ports:
        return QStringLiteral("ports");
    case FindingArg::Detail:
        return QStringLiteral("detail");
    case FindingArg::Domain:
        return QStringLiteral("domain");
    case FindingArg::Name:
        return QStringLiteral("name");
    case FindingArg::Record:
        return QStringLiteral("record");
    case FindingArg::Selector:
        return QStringLiteral("selector");
    case FindingArg::Count:
        return QStringLiteral("count");
    case FindingArg::Total:
        return QStringLiteral("total");
    case FindingArg::Attempt:
        return QStringLiteral("attempt");
    case FindingArg::Result:
        return QStringLiteral("result");
    case FindingArg::Mechanism:
        return QStringLiteral("mechanism");
    case FindingArg::Include:
        return QStringLiteral("include");
    case FindingArg::Policy:
        return QStringLiteral("policy");
    case FindingArg::Percent:
        return QStringLiteral("percent");
    case FindingArg::OrganizationalDomain:
        return QStringLiteral("organizational-domain");
    case FindingArg::ControlHost:
        return QStringLiteral("control-host");
    case FindingArg::Resolver:
        return QStringLiteral("resolver");
    case FindingArg::SystemAnswer:
        return QStringLiteral("system-answer");
    case FindingArg::ResolverAnswer:
        return QStringLiteral("resolver-answer");
    case FindingArg::Provider:
        return QStringLiteral("provider");
    case FindingArg::Family:
        return QStringLiteral("family");
    case FindingArg::OtherFamily:
        return QStringLiteral("other-family");
    case FindingArg::GreetingMs:
        return QStringLiteral("greeting-ms");
    case FindingArg::ConnectMs:
        return QStringLiteral("connect-ms");
    case FindingArg::Main:
        return QStringLiteral("main");
    case FindingArg::Backup:
        return QStringLiteral("backup");
    case FindingArg::Typed:
        return QStringLiteral("typed");
    case FindingArg::Suggestion:
        return QStringLiteral("suggestion");
    case FindingArg::Scheme:
        return QStringLiteral("scheme");
    case FindingArg::Path:
        return QStringLiteral("path");
    case FindingArg::Security:
        return QStringLiteral("security");
    case FindingArg::Here:
        return QStringLiteral("here");
    case FindingArg::Site:
        return QStringLiteral("site");
    case FindingArg::Setting:
        return QStringLiteral("setting");
    case FindingArg::Url:
        return QStringLiteral("url");
    case FindingArg::GreetingName:
        return QStringLiteral("greeting-name");
    case FindingArg::CertificateSha256:
        return QStringLiteral("certificate-sha256");
    case FindingArg::SigningDomain:
        return QStringLiteral("signing-domain");
    case FindingArg::Reason:
        return QStringLiteral("reason");
    case FindingArg::Hops:
        return QStringLiteral("hops");
    case FindingArg::Alignment:
        return QStringLiteral("alignment");
    case FindingArg::SenderChecks:
        return QStringLiteral("sender-checks");
    case FindingArg::Mailbox:
        return QStringLiteral("mailbox");
    case FindingArg::SecondsToArrival:
        return QStringLiteral("seconds-to-arrival");
    case FindingArg::MessageId:
        return QStringLiteral("message-id");
    }
    return {};
}

std::optional<FindingArg> FindingArgs::fromName(const QString &name)
{
    for (int i = int(FindingArg::None) + 1; i <= int(FindingArg::MessageId); ++i) {
        if (FindingArgs::name(FindingArg(i)) == name)
            return FindingArg(i);
    }
    return std::nullopt;
}

bool FindingArgs::isFact(FindingArg arg)
{
    return arg == FindingArg::ConnectMs || arg == FindingArg::GreetingName
           || arg == FindingArg::CertificateSha256 || arg == FindingArg::SigningDomain
           || arg == FindingArg::Reason || arg == FindingArg::Hops || arg == FindingArg::Alignment
           || arg == FindingArg::SenderChecks || arg == FindingArg::Mailbox
           || arg == FindingArg::SecondsToArrival || arg == FindingArg::MessageId;
}
