// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

// The version of SMTP Doctor and of Qt it runs on, and the licences of the
// libraries it is built with.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The rich text shown (tests read it).
    static QString text();
};
