// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// What the user told the wizard's first page: what is happening and where
// the failing mail is sent from. A report keeps it so that whoever reads it
// (a support desk, the user a week later) knows the question, not only the
// answers. The names are part of the JSON report's contract.
struct Situation
{
    enum class Symptom {
        CannotConnect,
        TimesOut,
        AuthenticationFails,
        NotReceived,
        WorksSometimes
    };
    enum class SentFrom { Website, Server, ThisComputer };

    Symptom symptom = Symptom::CannotConnect;
    SentFrom sentFrom = SentFrom::ThisComputer;

    static QString symptomName(Symptom symptom);
    static std::optional<Symptom> symptomFromName(const QString &name);
    static QString sentFromName(SentFrom sentFrom);
    static std::optional<SentFrom> sentFromFromName(const QString &name);
    // Translated sentences for reports and the history.
    static QString symptomLabel(Symptom symptom);
    static QString sentFromLabel(SentFrom sentFrom);
};
