// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// What a finding is about, in machine-readable form: the vantage it was seen
// from and, where known, the host, address and port. Reports and the vantage
// merge key on it; the texts of the finding say the same in words.
class FindingSubject
{
    Q_GADGET
public:
    // Here: this computer. Site: the website's server (the PHP probe).
    enum class Vantage { Here, Site };
    Q_ENUM(Vantage)
    enum class Family { Unknown, IPv4, IPv6 };
    Q_ENUM(Family)

    Vantage vantage = Vantage::Here;
    QString host;
    QString address;
    Family family = Family::Unknown;
    quint16 port = 0; // 0: no port

    // Sets the address and the family it belongs to (Unknown when it is none).
    void setAddress(const QString &text);

    static Family familyOf(const QString &address);
    // Stable names for the JSON report: "here"/"site", "ipv4"/"ipv6" ("" for Unknown).
    static QString vantageName(Vantage vantage);
    static std::optional<Vantage> vantageFromName(const QString &name);
    static QString familyName(Family family);
    static Family familyFromName(const QString &name);

    bool operator==(const FindingSubject &other) const;
    bool operator!=(const FindingSubject &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(FindingSubject)
