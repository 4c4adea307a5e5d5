<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectivityPage</name>
    <message>
        <location filename="../ui/wizard/ConnectivityPage.cpp" line="+21"/>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to the server the way a mail program would.</source>
        <translation>Connexion au serveur, comme le ferait un logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connectivity findings</source>
        <translation>Constats de connectivité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Checking %1 port %2...</source>
        <translation>Vérification de %1, port %2...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done: no problem found.</source>
        <translation>Terminé&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %n problem(s) found.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Terminé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnoseOptions</name>
    <message>
        <location filename="../app/cli/DiagnoseOptions.cpp" line="+13"/>
        <source>SMTP server name or address.</source>
        <translation>Nom ou adresse du serveur SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port (default 587).</source>
        <translation>Port (587 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none, starttls or tls (default: tls on 465, else starttls).</source>
        <translation>none, starttls ou tls (par défaut&#xa0;: tls sur le port 465, sinon starttls).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds to wait for each step: connect, reply, DNS (default 10).</source>
        <translation>Secondes d&apos;attente pour chaque étape&#xa0;: connexion, réponse, DNS (10 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS server to ask instead of the system&apos;s.</source>
        <translation>Serveur DNS à interroger à la place de celui du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text or json (default text).</source>
        <translation>text ou json (text par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report to this file.</source>
        <translation>Écrire le rapport dans ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the report, such as fr.</source>
        <translation>Langue du rapport, par exemple fr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finds out why mail cannot be sent through an SMTP server.</source>
        <translation>Trouve pourquoi les e-mails ne peuvent pas être envoyés par un serveur SMTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a diagnosis.</source>
        <translation>Lancer un diagnostic.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the first argument must be a command: diagnose</source>
        <translation>le premier argument doit être une commande&#xa0;: diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--host is required: the SMTP server&apos;s name or address</source>
        <translation>--host est obligatoire&#xa0;: le nom ou l&apos;adresse du serveur SMTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--port must be a whole number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port doit être un nombre entier de 1 à 65535, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--security must be none, starttls or tls, not &quot;%1&quot;</source>
        <translation>--security doit valoir none, starttls ou tls, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout must be a number of seconds above 0 and at most 600, not &quot;%1&quot;</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0 et d&apos;au plus 600, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--resolver must be an IP address, optionally with @PORT, not &quot;%1&quot;</source>
        <translation>--resolver doit être une adresse IP, éventuellement suivie de @PORT, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ca-file: cannot read &quot;%1&quot;</source>
        <translation>--ca-file&#xa0;: impossible de lire &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format doit valoir text ou json, et non &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../app/engine/Diagnosis.cpp" line="+18"/>
        <source>The DNS resolver could not start: %1</source>
        <translation>Le résolveur DNS n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the diagnosis was cancelled</source>
        <translation>le diagnostic a été annulé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it needs the %1 check, which found no way on</source>
        <translation>la vérification préalable %1 n&apos;a pas pu aller plus loin</translation>
    </message>
</context>
<context>
    <name>DnsResolver</name>
    <message>
        <location filename="../app/engine/DnsResolver.cpp" line="+135"/>
        <source>system resolver</source>
        <translation>résolveur du système</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <location filename="../ui/wizard/DoctorWizard.cpp" line="+13"/>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain records</source>
        <translation>Enregistrements du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step will check the sender domain&apos;s MX, SPF, DKIM and DMARC records. It is not part of this version yet: press Next to go on.</source>
        <translation>Cette étape vérifiera les enregistrements MX, SPF, DKIM et DMARC du domaine de l&apos;expéditeur. Elle ne fait pas encore partie de cette version&#xa0;: cliquez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test e-mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step will sign in and send a test message with a live transcript. It is not part of this version yet: press Next to go on.</source>
        <translation>Cette étape s&apos;identifiera auprès du serveur et enverra un message de test en affichant l&apos;échange en direct. Elle ne fait pas encore partie de cette version&#xa0;: cliquez sur Suivant pour continuer.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../app/engine/Finding.cpp" line="+33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <location filename="../ui/results/FindingDetails.cpp" line="+11"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../app/engine/FindingCatalog.cpp" line="+24"/>
        <source>The name %1 does not exist</source>
        <translation>Le nom %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DNS answered that there is no host called %1 (NXDOMAIN). A server that cannot be found cannot take your mail.</source>
        <translation>Le DNS a répondu qu&apos;aucun hôte ne s&apos;appelle %1 (NXDOMAIN). Un serveur introuvable ne peut pas prendre en charge vos e-mails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the host name for typing errors.</source>
        <translation>Vérifiez que le nom d&apos;hôte ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the SMTP server name exactly from your mail provider&apos;s help pages.</source>
        <translation>Recopiez exactement le nom du serveur SMTP depuis les pages d&apos;aide de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name %1 has no address</source>
        <translation>Le nom %1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 exists in DNS, but it has neither an IPv4 (A) nor an IPv6 (AAAA) address, so there is nothing to connect to.</source>
        <translation>Le nom %1 existe dans le DNS, mais il n&apos;a ni adresse IPv4 (A) ni adresse IPv6 (AAAA)&#xa0;: il n&apos;y a donc rien à quoi se connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that this is the SMTP server&apos;s name and not only a domain name.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien du nom du serveur SMTP et pas seulement d&apos;un nom de domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you manage this domain, add an A record for the mail server.</source>
        <translation>Si vous gérez ce domaine, ajoutez un enregistrement A pour le serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNS could not answer for %1</source>
        <translation>Le DNS n&apos;a pas pu répondre pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up %1 failed (%3). The DNS resolver did not give a usable answer, so the SMTP server&apos;s address is unknown.</source>
        <translation>La recherche de %1 a échoué (%3). Le résolveur DNS n&apos;a pas donné de réponse exploitable&#xa0;: l&apos;adresse du serveur SMTP reste donc inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the check again: a passing DNS fault clears by itself.</source>
        <translation>Relancez la vérification&#xa0;: une panne DNS passagère disparaît d&apos;elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it keeps failing, ask whoever runs this machine&apos;s DNS resolver, or try another resolver.</source>
        <translation>Si l&apos;échec persiste, contactez la personne qui gère le résolveur DNS de cette machine, ou essayez un autre résolveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port %2 on %1 accepts connections</source>
        <translation>Le port %2 de %1 accepte les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A TCP connection to %1 port %2 succeeded in %3 ms.</source>
        <translation>Une connexion TCP vers %1, port %2, a réussi en %3 ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %2 on %1 refused the connection</source>
        <translation>Le port %2 de %1 a refusé la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine at %1 answered, but nothing listens on port %2, or a firewall there rejects the connection (a TCP reset).</source>
        <translation>La machine %1 a répondu, mais aucun service n&apos;écoute sur le port %2, ou un pare-feu de ce côté rejette la connexion (TCP reset).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the port number: submission is usually 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation>Vérifiez le numéro de port&#xa0;: l&apos;envoi de messages se fait généralement sur le port 587 (STARTTLS) ou 465 (SSL/TLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the port is right, the mail server is down or does not offer this port: ask its administrator.</source>
        <translation>Si le port est correct, le serveur de messagerie est en panne ou ne propose pas ce port&#xa0;: contactez son administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer from port %2 on %1</source>
        <translation>Aucune réponse du port %2 de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1 port %2 got no answer at all within %3 ms. Somewhere on the way a firewall silently drops the connection: often the web host blocks outgoing mail ports, sometimes the server&apos;s own firewall.</source>
        <translation>La connexion à %1, port %2, n&apos;a reçu aucune réponse dans un délai de %3 ms. Quelque part sur le trajet, un pare-feu bloque la connexion sans rien signaler&#xa0;: souvent, c&apos;est l&apos;hébergeur du site qui bloque les ports d&apos;envoi d&apos;e-mails sortants, parfois le pare-feu du serveur lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your hosting provider whether outgoing connections to port %2 are allowed, and to open them if not.</source>
        <translation>Demandez à votre hébergeur si les connexions sortantes vers le port %2 sont autorisées et, sinon, de les ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try another submission port (587, 465 or 2525).</source>
        <translation>Essayez un autre port d&apos;envoi (587, 465 ou 2525).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be reached</source>
        <translation>%1 est injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine has no route to %1 (%3): the network refused to carry the connection before it reached the server.</source>
        <translation>Cette machine n&apos;a pas de route vers %1 (%3)&#xa0;: le réseau a refusé d&apos;acheminer la connexion avant qu&apos;elle n&apos;atteigne le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this is an IPv6 address, this machine may have no working IPv6: use the server&apos;s IPv4 address or name instead.</source>
        <translation>S&apos;il s&apos;agit d&apos;une adresse IPv6, cette machine n&apos;a peut-être pas d&apos;accès IPv6 qui fonctionne&#xa0;: utilisez plutôt l&apos;adresse IPv4 ou le nom du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network connection and any firewall on this machine.</source>
        <translation>Vérifiez la connexion réseau et l&apos;éventuel pare-feu de cette machine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server on %1 port %2 greets as a mail server</source>
        <translation>Le serveur %1, port %2, se présente comme un serveur de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent its SMTP greeting: %3</source>
        <translation>Le serveur a envoyé son message d&apos;accueil SMTP&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server on %1 port %2 connects but never greets</source>
        <translation>Le serveur %1, port %2, accepte la connexion mais n&apos;envoie jamais de message d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection was accepted, but no SMTP greeting came within %3 ms. Either the port expects encryption from the first byte (SSL/TLS), or the server is overloaded or deliberately slow.</source>
        <translation>La connexion a été acceptée, mais aucun message d&apos;accueil SMTP n&apos;est arrivé dans un délai de %3 ms. Soit le port attend un chiffrement dès le premier octet (SSL/TLS), soit le serveur est surchargé ou volontairement lent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you chose None or STARTTLS on port 465, choose SSL/TLS instead.</source>
        <translation>Si vous avez choisi Aucun ou STARTTLS sur le port 465, choisissez plutôt SSL/TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise try again later, or ask the server&apos;s administrator.</source>
        <translation>Sinon, réessayez plus tard ou contactez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server on %1 port %2 refuses to serve you</source>
        <translation>Le serveur %1, port %2, refuse de vous servir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server greeted with a refusal: %3. It does not accept mail from this machine&apos;s address at all, often because of a blocklist.</source>
        <translation>Le serveur a répondu par un refus dès son message d&apos;accueil&#xa0;: %3. Il n&apos;accepte aucun e-mail venant de l&apos;adresse de cette machine, souvent à cause d&apos;une liste de blocage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the server&apos;s own words above to the mail provider and ask why this address is refused.</source>
        <translation>Envoyez au fournisseur de messagerie la réponse exacte du serveur, citée ci-dessus, et demandez-lui pourquoi cette adresse est refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check whether this machine&apos;s public address is on a blocklist.</source>
        <translation>Vérifiez si l&apos;adresse publique de cette machine figure sur une liste de blocage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %2 on %1 does not speak SMTP</source>
        <translation>Le port %2 de %1 ne parle pas SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered on this port, but not with an SMTP greeting: %3</source>
        <translation>Quelque chose a répondu sur ce port, mais pas avec un message d&apos;accueil SMTP&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the host and port: this may be a web or another service&apos;s port.</source>
        <translation>Vérifiez l&apos;hôte et le port&#xa0;: il s&apos;agit peut-être du port d&apos;un serveur web ou d&apos;un autre service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server on %1 port %2 stopped answering</source>
        <translation>Le serveur %1, port %2, a cessé de répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server greeted, then gave no reply within %3 ms or closed the connection in the middle of the dialogue.</source>
        <translation>Le serveur a envoyé son message d&apos;accueil, puis n&apos;a plus répondu dans un délai de %3 ms ou a fermé la connexion au milieu de l&apos;échange.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the check again; if it persists, send this report to the server&apos;s administrator.</source>
        <translation>Relancez la vérification&#xa0;; si le problème persiste, envoyez ce rapport à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server on %1 port %2 sent a reply that breaks SMTP</source>
        <translation>Le serveur %1, port %2, a envoyé une réponse qui ne respecte pas SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reply did not follow the SMTP rules (RFC 5321): %3. A device on the way may be tampering with the connection.</source>
        <translation>Une réponse ne respectait pas les règles de SMTP (RFC 5321)&#xa0;: %3. Un équipement sur le trajet modifie peut-être la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this report to the server&apos;s administrator or to your network&apos;s administrator.</source>
        <translation>Envoyez ce rapport à l&apos;administrateur du serveur ou à celui de votre réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encryption works on %1 port %2</source>
        <translation>Le chiffrement fonctionne sur %1, port %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake succeeded: %3.</source>
        <translation>La négociation TLS a réussi&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encryption handshake with %1 port %2 failed</source>
        <translation>La négociation du chiffrement avec %1, port %2, a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake did not complete: %3. Often the security setting does not match the port: 465 expects SSL/TLS, 587 expects STARTTLS.</source>
        <translation>La négociation TLS n&apos;a pas abouti&#xa0;: %3. Souvent, le réglage de chiffrement ne correspond pas au port&#xa0;: le port 465 attend SSL/TLS, le port 587 attend STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the pair of port and encryption: 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation>Vérifiez que le port et le chiffrement vont ensemble&#xa0;: 587 avec STARTTLS, ou 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 port %2 is not trusted</source>
        <translation>Le certificat de %1, port %2, n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not signed by an authority this machine trusts: %3. Something may be intercepting the connection.</source>
        <translation>Le certificat du serveur n&apos;est pas signé par une autorité à laquelle cette machine fait confiance&#xa0;: %3. Quelque chose intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check whether an antivirus or a company proxy inspects mail traffic.</source>
        <translation>Vérifiez si un antivirus ou un proxy d&apos;entreprise inspecte le trafic de messagerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the mail provider which certificate authority it uses.</source>
        <translation>Demandez au fournisseur de messagerie quelle autorité de certification il utilise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of %1 port %2 is self-signed</source>
        <translation>Le certificat de %1, port %2, est auto-signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a certificate that it signed itself (%3), so nothing proves that you are talking to the real server.</source>
        <translation>Le serveur présente un certificat qu&apos;il a signé lui-même (%3)&#xa0;: rien ne prouve donc que vous communiquez avec le vrai serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the server&apos;s administrator to install a certificate from a public authority (Let&apos;s Encrypt is free).</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;installer un certificat délivré par une autorité publique (Let&apos;s Encrypt est gratuit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of port %2 does not name %1</source>
        <translation>Le certificat du port %2 n&apos;est pas au nom de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate is valid, but for other names: %3. Mail programs refuse such a connection.</source>
        <translation>Le certificat est valide, mais pour d&apos;autres noms&#xa0;: %3. Les logiciels de messagerie refusent une telle connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use one of the certificate&apos;s own names as the SMTP host.</source>
        <translation>Utilisez comme hôte SMTP l&apos;un des noms inscrits dans le certificat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 port %2 is expired or not yet valid</source>
        <translation>Le certificat de %1, port %2, a expiré ou n&apos;est pas encore valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate&apos;s validity period does not include today: %3.</source>
        <translation>La période de validité du certificat n&apos;inclut pas la date d&apos;aujourd&apos;hui&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server&apos;s administrator to renew the certificate.</source>
        <translation>Demandez à l&apos;administrateur du serveur de renouveler le certificat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this machine&apos;s clock is right.</source>
        <translation>Vérifiez que l&apos;horloge de cette machine est à l&apos;heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server on %1 port %2 does not offer STARTTLS</source>
        <translation>Le serveur %1, port %2, ne propose pas STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS was chosen, but the server&apos;s EHLO reply does not offer it. Either the server cannot encrypt on this port, or something on the way removes the offer.</source>
        <translation>STARTTLS a été choisi, mais la réponse du serveur à EHLO ne le propose pas. Soit le serveur ne sait pas chiffrer sur ce port, soit quelque chose sur le trajet retire cette proposition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never send a password over this connection: it would travel in clear.</source>
        <translation>N&apos;envoyez jamais de mot de passe par cette connexion&#xa0;: il circulerait en clair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try port 465 with SSL/TLS.</source>
        <translation>Essayez le port 465 avec SSL/TLS.</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <location filename="../app/engine/JsonReport.cpp" line="+99"/>
        <source>This is not a JSON file: %1</source>
        <translation>Ce n&apos;est pas un fichier JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an SMTP Doctor report.</source>
        <translation>Ce n&apos;est pas un rapport SMTP Doctor.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A finding in this report has no id or no valid severity.</source>
        <translation>Un constat de ce rapport n&apos;a pas d&apos;identifiant ou pas de gravité valide.</translation>
    </message>
</context>
<context>
    <name>ResolveCheck</name>
    <message>
        <location filename="../app/engine/ResolveCheck.cpp" line="+23"/>
        <source>Looking up %1</source>
        <translation>Recherche DNS de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no answer in time</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../ui/wizard/ResultsPage.cpp" line="+26"/>
        <source>&amp;Problems only</source>
        <translation>Problèmes &amp;uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details of the selected finding</source>
        <translation>Détails du constat sélectionné</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No check has run yet: go back to the connectivity step.</source>
        <translation>Aucune vérification n&apos;a encore été faite&#xa0;: revenez à l&apos;étape Connectivité.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problem found: this server accepts connections as a mail program expects.</source>
        <translation>Aucun problème trouvé&#xa0;: ce serveur accepte les connexions comme un logiciel de messagerie s&apos;y attend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most likely cause: %1.</source>
        <translation>Cause la plus probable&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most likely cause: %1. Next step: %2</source>
        <translation>Cause la plus probable&#xa0;: %1. Prochaine étape&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/wizard/ServerPage.cpp" line="+23"/>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the outgoing (SMTP) server exactly as your website or mail program has it.</source>
        <translation>Saisissez le serveur d&apos;envoi (SMTP) exactement comme il figure dans les réglages de votre site web ou de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example smtp.example.com</source>
        <translation>par exemple smtp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP &amp;server:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (leave empty), or 192.0.2.53@53</source>
        <translation>celui du système (laisser vide), ou 192.0.2.53@53</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for a private certificate authority</source>
        <translation>uniquement pour une autorité de certification privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted certificates file</source>
        <translation>Fichier de certificats de confiance supplémentaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to wait for each step</source>
        <translation>Délai d&apos;attente pour chaque étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted &amp;certificates:</source>
        <translation>Certificats de co&amp;nfiance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait for each step:</source>
        <translation>Dé&amp;lai pour chaque étape&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter an IP address, optionally followed by @port.</source>
        <translation>Saisissez une adresse IP, éventuellement suivie de @port.</translation>
    </message>
</context>
<context>
    <name>SmtpCheck</name>
    <message>
        <location filename="../app/engine/SmtpCheck.cpp" line="+23"/>
        <source>Connecting to %1 port %2</source>
        <translation>Connexion à %1, port %2</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <location filename="../app/engine/spf/SpfEvaluator.cpp" line="+465"/>
        <source>The SPF record of %1 does not allow %2 to send mail for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <location filename="../app/engine/spf/SpfMacro.cpp" line="+179"/>
        <source>the domain is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; does not end in a valid top-level label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <location filename="../app/engine/spf/SpfRecord.cpp" line="+131"/>
        <source>not an SPF record: it must start with &quot;v=spf1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>character U+%1 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid modifier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1= appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;all&quot; takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a qualifier without a mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mechanism &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <location filename="../app/engine/TextReport.cpp" line="+7"/>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP Doctor %1: %2 port %3, %4
</source>
        <translation>SMTP Doctor %1&#xa0;: %2 port %3, %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS resolver: %1

</source>
        <translation>Résolveur DNS&#xa0;: %1

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence:</source>
        <translation>Éléments observés&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked: %1, because %2
</source>
        <translation>Non vérifié&#xa0;: %1, car %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problem(s), %2 warning(s), %3 passed, in %4 ms
</source>
        <translation>%1 problème(s), %2 avertissement(s), %3 réussi(s), en %4 ms
</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/WelcomePage.cpp" line="+12"/>
        <source>What is happening?</source>
        <translation>Que se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP Doctor finds out why mail cannot be sent, and says what to do about it.</source>
        <translation>SMTP Doctor trouve pourquoi vos e-mails ne partent pas, et vous dit quoi faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cannot connect to the SMTP server</source>
        <translation>&amp;Impossible de se connecter au serveur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection &amp;times out</source>
        <translation>La connexion &amp;expire (délai dépassé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses my &amp;password</source>
        <translation>Le serveur refuse mon &amp;mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail is sent but &amp;not received, or lands in spam</source>
        <translation>L&apos;e-mail est envoyé mais &amp;n&apos;arrive pas, ou tombe dans les spams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It works only &amp;sometimes</source>
        <translation>Cela ne fonctionne que p&amp;arfois</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+31"/>
        <source>Try: smtp-doctor-cli --help</source>
        <translation>Essayez&#xa0;: smtp-doctor-cli --help</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no translation for the language &quot;%1&quot;</source>
        <translation>aucune traduction pour la langue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write the report to &quot;%1&quot;</source>
        <translation>impossible d&apos;écrire le rapport dans &quot;%1&quot;</translation>
    </message>
</context>
</TS>
