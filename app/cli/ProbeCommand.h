// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ServerOptions.h"

#include "site/SiteProbeFile.h"

// `smtp-doctor-cli probe create --host H --port P --security S [--ports LIST]
// [--control-host C] [--valid MINUTES] --out DIR [--format text|json]`:
// writes the website probe (docs/site-probe.md) into DIR and prints its
// file, key and expiry. The key goes to standard output only: never to a
// log, a report or a file of ours.
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
public:
    ProbeCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    ServerOptions m_server{ServerOptions::Scope::Probe};
    QCommandLineOption m_valid;
    QCommandLineOption m_out;
    QCommandLineOption m_format;

    SiteProbeFile::Spec m_spec;
    QString m_folder;
    bool m_json = false;
};
