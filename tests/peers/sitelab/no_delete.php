<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// sitelab's "WAF" web server: php -S with this router refuses DELETE with a
// page of its own, as ModSecurity with the OWASP Core Rule Set does by
// default (tx.allowed_methods is GET HEAD POST OPTIONS, rule 911100), and
// runs every other request as the plain server would.
if (strtoupper($_SERVER['REQUEST_METHOD']) === 'DELETE') {
    http_response_code(403);
    header('Content-Type: text/html');
    echo "<html><body><h1>Forbidden</h1><p>Method is not allowed by policy</p></body></html>\n";
    return true;
}
return false;
