// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "message/ParsedMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// message.sent_by_web_server: the route starts at the web host, not at the
// SMTP provider, so the site still sends through PHP's mail() and its SMTP
// plugin is not in use. Only documented markers count, never X-Mailer:
// PHP's own X-PHP-Originating-Script (mail.add_x_header) and the
// X-PHP-Script of the php-mail-header patch; a first Received hop of a
// local submission (Exim's "with local", Postfix pickup's "from userid N");
// and, when the user named the SMTP server, a route where no hop names it
// and nothing signed in. Pure.
class WebServerOrigin
{
    Q_DECLARE_TR_FUNCTIONS(WebServerOrigin)
public:
    // The markers found, one line each, as evidence ("X-PHP-Originating-Script: 33:contact.php").
    static QStringList markers(const ParsedMessage &message);
    // `smtpHost`: the SMTP server the site should send through, or empty.
    static QList<Finding> analyse(const ParsedMessage &message, const QString &smtpHost);
};
