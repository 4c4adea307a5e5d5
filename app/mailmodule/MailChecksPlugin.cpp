// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailChecksPlugin.h"

QString MailChecksPlugin::messageInputProblem(const QByteArray &source) const
{
    return MessageDiagnosis::inputProblem(source);
}

MessageJob *MailChecksPlugin::newMessageDiagnosis(const QByteArray &source,
                                                  const MessageDiagnosis::Options &options,
                                                  QObject *parent) const
{
    return new MessageDiagnosis(source, options, parent);
}

FetchBackJob *MailChecksPlugin::newFetchBack(const FetchBack::Request &request,
                                             QObject *parent) const
{
    return new FetchBack(request, parent);
}
