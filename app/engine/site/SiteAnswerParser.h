// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/SiteAnswer.h"

#include <QByteArray>
#include <QString>

// Reads the website probe's JSON answer. Pure: bytes in, an answer or the
// reason out. Its MAC is checked before (SiteProbeClient); the parser still
// trusts nothing about sizes, types or counts.
class SiteAnswerParser
{
public:
    static constexpr qint64 maximumSize = 2 * 1024 * 1024;
    static constexpr int maximumConnects = 512;
    static constexpr int maximumTextLength = 4096;

    enum class Error { None, Empty, TooLarge, NotJson, WrongSchema, Malformed };

    struct Result
    {
        std::optional<SiteAnswer> answer;
        Error error = Error::None;
        QString detail; // untranslated, for the evidence
    };

    static Result parse(const QByteArray &body);
    static QString errorName(Error error);
};
