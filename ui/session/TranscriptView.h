// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EventLog.h"

#include <QPlainTextEdit>

// The SMTP dialogue as it happens: one line per event, with its time
// offset and direction ("  312 ms  C: EHLO ..."). The events come from the
// engine's log, where secrets were already replaced by a marker.
class TranscriptView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    // Follows `log` from now on; `label` ("main", "backup") tags its lines
    // when two connections run side by side, empty: no tag.
    void follow(const EventLog *log, const QString &label = {});
    void append(const Event &event, const QString &label = {});

    static QString line(const Event &event, const QString &label = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool m_fixedFontSet = false;
};
