<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectivityPage</name>
    <message>
        <location filename="../ui/wizard/ConnectivityPage.cpp" line="+27"/>
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
        <source>Ports tried on each address</source>
        <translation>Ports essayés sur chaque adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+71"/>
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
    <name>ControlCheck</name>
    <message>
        <location filename="../app/engine/ControlCheck.cpp" line="+27"/>
        <source>Trying the same ports on the reference host %1</source>
        <translation>Essai des mêmes ports sur l&apos;hôte de référence %1</translation>
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
        <location line="+4"/>
        <source>Other ports to try besides --port (default 25,465,587,2525).</source>
        <translation>Autres ports à essayer en plus de --port (25,465,587,2525 par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A host that answers on every port, to tell a local block from a server problem (default portquiz.net), or none.</source>
        <translation>Un hôte qui répond sur tous les ports, pour distinguer un blocage local d&apos;un problème du serveur (portquiz.net par défaut), ou none.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+35"/>
        <source>the first argument must be a command: diagnose</source>
        <translation>le premier argument doit être une commande&#xa0;: diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location line="+6"/>
        <source>--ports must list port numbers from 1 to 65535, such as 25,465,587, not &quot;%1&quot;</source>
        <translation>--ports doit être une liste de numéros de port de 1 à 65535, par exemple 25,465,587, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--control-host must be a host name, an address or none</source>
        <translation>--control-host doit être un nom d&apos;hôte, une adresse ou none</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../app/engine/Diagnosis.cpp" line="+25"/>
        <source>The DNS resolver could not start: %1</source>
        <translation>Le résolveur DNS n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the diagnosis was cancelled</source>
        <translation>le diagnostic a été annulé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it needs the %1 check, which could not go further</source>
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
        <location filename="../app/engine/FindingCatalog.cpp" line="+109"/>
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
        <location line="-40"/>
        <location line="+41"/>
        <source>Copy the SMTP server name exactly from your mail provider&apos;s help pages.</source>
        <translation>Recopiez exactement le nom du serveur SMTP depuis les pages d&apos;aide de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>The server name contains spaces</source>
        <translation>Le nom du serveur contient des espaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; contains spaces or line breaks, often copied along with the name. Many programs then look up a name that does not exist.</source>
        <translation>&quot;%1&quot; contient des espaces ou des retours à la ligne, souvent copiés en même temps que le nom. De nombreux logiciels cherchent alors un nom qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name without spaces: %2.</source>
        <translation>Saisissez le nom sans espaces&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name starts with %2</source>
        <translation>Le nom du serveur commence par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SMTP server name is a plain host name such as smtp.example.com, not a web address: &quot;%1&quot; starts with %2, which most mail programs do not understand.</source>
        <translation>Un nom de serveur SMTP est un simple nom d&apos;hôte comme smtp.example.com, pas une adresse web&#xa0;: &quot;%1&quot; commence par %2, ce que la plupart des logiciels de messagerie ne comprennent pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter %3 as the server name and choose the encryption in its own field.</source>
        <translation>Saisissez %3 comme nom de serveur et choisissez le chiffrement dans le champ prévu à cet effet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name is an e-mail address</source>
        <translation>Le nom du serveur est une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is an e-mail address. The SMTP server is the name of a machine, given by the provider of the addresses ending in @%2.</source>
        <translation>&quot;%1&quot; est une adresse e-mail. Le serveur SMTP est le nom d&apos;une machine, indiqué par le fournisseur des adresses qui se terminent par @%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your provider&apos;s SMTP server name (for example from its help pages, or from the list of providers).</source>
        <translation>Saisissez le nom du serveur SMTP de votre fournisseur (par exemple d&apos;après ses pages d&apos;aide, ou en le choisissant dans la liste des fournisseurs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your e-mail address goes in the user name field, not here.</source>
        <translation>Votre adresse e-mail se saisit dans le champ du nom d&apos;utilisateur, pas ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server name contains a path (%2)</source>
        <translation>Le nom du serveur contient un chemin (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; looks like part of a web address. An SMTP server name has no slash and no path.</source>
        <translation>&quot;%1&quot; ressemble à un morceau d&apos;adresse web. Un nom de serveur SMTP ne contient ni barre oblique ni chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the host name alone: %3.</source>
        <translation>Saisissez uniquement le nom d&apos;hôte&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port is written into the server name</source>
        <translation>Le port est écrit dans le nom du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; contains the port. Most programs have a field of its own for the port, and look up &quot;%1&quot; as a name, which does not exist.</source>
        <translation>&quot;%1&quot; contient le port. La plupart des logiciels ont un champ à part pour le port, et cherchent un nom &quot;%1&quot;, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %2 as the server and %3 as the port.</source>
        <translation>Saisissez %2 comme serveur et %3 comme port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de serveur valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server name is made of letters, digits and hyphens, separated by dots (such as smtp.example.com), or is an IP address.</source>
        <translation>Un nom de serveur est composé de lettres, de chiffres et de traits d&apos;union, séparés par des points (comme smtp.example.com), ou bien c&apos;est une adresse IP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a mail domain, not its SMTP server</source>
        <translation>%1 est un domaine de messagerie, pas son serveur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses end in @%1, but %2 sends mail through the server %3. The domain itself does not accept mail programs.</source>
        <translation>Les adresses se terminent par @%1, mais %2 envoie les e-mails par le serveur %3. Le domaine lui-même n&apos;accepte pas les connexions des logiciels de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %3 as the SMTP server.</source>
        <translation>Utilisez %3 comme serveur SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a port number</source>
        <translation>%1 n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>Un port est un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation>Utilisez le port 587 avec STARTTLS, ou le port 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 expects %2</source>
        <translation>Le port %1 attend %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port 465 speaks SSL/TLS from the first byte, and port 587 starts in plain text and then switches with STARTTLS. The chosen encryption does not match port %1: the connection hangs or fails.</source>
        <translation>Le port 465 parle SSL/TLS dès le premier octet, et le port 587 commence en clair puis passe au chiffrement avec STARTTLS. Le chiffrement choisi ne correspond pas au port %1&#xa0;: la connexion se bloque ou échoue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose %2 for port %1.</source>
        <translation>Choisissez %2 pour le port %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port 25 is for servers, not for sending from a website</source>
        <translation>Le port 25 est réservé aux serveurs, pas à l&apos;envoi depuis un site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port 25 carries mail between mail servers. Many hosting and Internet providers block it, and mail providers expect programs to send through 587 (STARTTLS) or 465 (SSL/TLS) with a password.</source>
        <translation>Le port 25 sert à acheminer les e-mails entre serveurs de messagerie. De nombreux hébergeurs et fournisseurs d&apos;accès à Internet le bloquent, et les fournisseurs de messagerie attendent des logiciels qu&apos;ils envoient par le port 587 (STARTTLS) ou 465 (SSL/TLS), avec un mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use port 587 with STARTTLS.</source>
        <translation>Utilisez le port 587 avec STARTTLS.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>%3 does not work for %1, %4 does</source>
        <translation>%3 ne fonctionne pas pour %1, %4 fonctionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On port(s) %2, the server&apos;s %4 address answers but its %3 address does not. Programs that try %3 first (PHP, many mailers) wait until they time out, and mail fails only on some machines.</source>
        <translation>Sur le ou les ports %2, l&apos;adresse %4 du serveur répond, mais pas son adresse %3. Les logiciels qui essaient d&apos;abord %3 (PHP, de nombreux logiciels d&apos;envoi d&apos;e-mails) attendent jusqu&apos;à l&apos;expiration du délai, et l&apos;envoi n&apos;échoue que sur certaines machines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the server&apos;s administrator (or your host, for this machine&apos;s %3 route) to fix %3, or to remove the %3 DNS record until it works.</source>
        <translation>Demandez à l&apos;administrateur du serveur (ou à votre hébergeur, pour la route %3 de cette machine) de corriger la connectivité %3, ou de retirer l&apos;enregistrement DNS %3 tant qu&apos;elle ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meanwhile, make your mail program use %4 only, for example by entering the server&apos;s %4 address.</source>
        <translation>En attendant, faites en sorte que votre logiciel de messagerie utilise uniquement %4, par exemple en saisissant l&apos;adresse %4 du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This network blocks outgoing port %2</source>
        <translation>Ce réseau bloque le port %2 en sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %2 fails towards %1 and towards the reference host %3, which always answers on it. The block is on this side: this machine&apos;s firewall, the hosting provider or the local network stops outgoing mail traffic.</source>
        <translation>Le port %2 échoue vers %1 et vers l&apos;hôte de référence %3, qui répond pourtant toujours sur ce port. Le blocage est de ce côté-ci&#xa0;: le pare-feu de cette machine, l&apos;hébergeur ou le réseau local arrête le trafic de messagerie sortant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your hosting provider or network administrator to allow outgoing connections to port %2.</source>
        <translation>Demandez à votre hébergeur ou à votre administrateur réseau d&apos;autoriser les connexions sortantes vers le port %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If another port works (see the other findings), switch to it: 465 with SSL/TLS, or 2525 where your provider offers it.</source>
        <translation>Si un autre port fonctionne (voir les autres constats), passez à ce port&#xa0;: 465 avec SSL/TLS, ou 2525 si votre fournisseur le propose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not answer on port %2, though this network can reach it</source>
        <translation>%1 ne répond pas sur le port %2, que ce réseau laisse pourtant passer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reference host %3 answers on port %2, so this network lets the traffic out; %1 does not answer at all. The server is down, or a firewall in front of it drops this machine&apos;s connections.</source>
        <translation>L&apos;hôte de référence %3 répond sur le port %2&#xa0;: ce réseau laisse donc sortir le trafic&#xa0;; %1, lui, ne répond pas du tout. Le serveur est en panne, ou un pare-feu placé devant lui bloque les connexions de cette machine sans rien signaler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the server name and port with your mail provider.</source>
        <translation>Vérifiez le nom du serveur et le port auprès de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this report to the mail provider: their server or their firewall does not answer.</source>
        <translation>Envoyez ce rapport au fournisseur de messagerie&#xa0;: son serveur ou son pare-feu ne répond pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only web traffic gets out of this network</source>
        <translation>Seul le trafic web sort de ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP port (%2) answers, neither on %1 nor on the reference host %3, but HTTPS (port 443) does. Many web hosts block every mail port.</source>
        <translation>Aucun port SMTP (%2) ne répond, ni sur %1 ni sur l&apos;hôte de référence %3, mais HTTPS (port 443) répond. De nombreux hébergeurs bloquent tous les ports de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send mail through your provider&apos;s HTTP API instead of SMTP (SendGrid, Mailgun, Amazon SES, Brevo, Postmark... all offer one, and mail plugins support them).</source>
        <translation>Envoyez les e-mails par l&apos;API HTTP de votre fournisseur plutôt que par SMTP (SendGrid, Mailgun, Amazon SES, Brevo, Postmark... en proposent tous une, et les extensions d&apos;envoi d&apos;e-mails les prennent en charge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or ask your host to open an SMTP port for you.</source>
        <translation>Ou demandez à votre hébergeur de vous ouvrir un port SMTP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference host %1 could not be reached</source>
        <translation>L&apos;hôte de référence %1 est injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP Doctor compares the server with a reference host that answers on every port. %1 did not answer at all, so a block on this side cannot be told from a problem at the server.</source>
        <translation>SMTP Doctor compare le serveur avec un hôte de référence qui répond sur tous les ports. %1 n&apos;a pas répondu du tout&#xa0;: il est donc impossible de distinguer un blocage de ce côté-ci d&apos;un problème au niveau du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check this machine&apos;s Internet connection, or choose another reference host.</source>
        <translation>Vérifiez la connexion Internet de cette machine, ou choisissez un autre hôte de référence.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Another server answers for %1 on port %2</source>
        <translation>Un autre serveur répond à la place de %1 sur le port %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The greeting names %3, which does not belong to %1. Something between you and the server answers in its place: often the hosting provider redirects outgoing mail to its own relay, or an antivirus inspects it.</source>
        <translation>Le message d&apos;accueil indique %3, qui n&apos;appartient pas à %1. Quelque chose entre vous et le serveur répond à sa place&#xa0;: souvent, l&apos;hébergeur redirige les e-mails sortants vers son propre relais, ou un antivirus les inspecte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your hosting provider whether it intercepts outgoing SMTP, and how to reach your mail provider directly (often another port, such as 465).</source>
        <translation>Demandez à votre hébergeur s&apos;il intercepte le trafic SMTP sortant, et comment joindre directement votre fournisseur de messagerie (souvent par un autre port, comme 465).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not send your mail password through this connection until you know who %3 is.</source>
        <translation>N&apos;envoyez pas le mot de passe de votre messagerie par cette connexion tant que vous ne savez pas qui est %3.</translation>
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
        <source>Port %2 on %1 expects STARTTLS, not SSL/TLS</source>
        <translation>Le port %2 de %1 attend STARTTLS, pas SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (encryption from the first byte) was chosen, but this port greets in plain text and offers encryption afterwards with STARTTLS. Mail programs then report &quot;wrong version number&quot; or &quot;unknown protocol&quot;.</source>
        <translation>SSL/TLS (chiffrement dès le premier octet) a été choisi, mais ce port envoie son message d&apos;accueil en clair et propose ensuite le chiffrement avec STARTTLS. Les logiciels de messagerie signalent alors &quot;wrong version number&quot; ou &quot;unknown protocol&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose STARTTLS for port %2 (or use port 465 with SSL/TLS).</source>
        <translation>Choisissez STARTTLS pour le port %2 (ou utilisez le port 465 avec SSL/TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %2 on %1 expects SSL/TLS from the start</source>
        <translation>Le port %2 de %1 attend SSL/TLS dès le départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port stayed silent when spoken to in plain text, but a TLS handshake on it succeeds: it expects encryption from the first byte. Mail programs then wait for a greeting that never comes, until they time out.</source>
        <translation>Le port est resté muet quand on lui a parlé en clair, mais une négociation TLS y réussit&#xa0;: il attend un chiffrement dès le premier octet. Les logiciels de messagerie attendent alors un message d&apos;accueil qui n&apos;arrive jamais, jusqu&apos;à l&apos;expiration du délai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose SSL/TLS for port %2 (or use port 587 with STARTTLS).</source>
        <translation>Choisissez SSL/TLS pour le port %2 (ou utilisez le port 587 avec STARTTLS).</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>InputIssuesView</name>
    <message>
        <location filename="../ui/wizard/InputIssuesView.cpp" line="+21"/>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use %1, port %2, %3</source>
        <translation>Utiliser %1, port %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use %1 and port %2</source>
        <translation>Utiliser %1 et le port %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use port %1 with %2</source>
        <translation>Utiliser le port %1 avec %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
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
    <name>PortGridModel</name>
    <message>
        <location filename="../ui/results/PortGridModel.cpp" line="+31"/>
        <location line="+21"/>
        <source>trying...</source>
        <translation>essai...</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1&#xa0;: %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
</context>
<context>
    <name>PortSweepCheck</name>
    <message>
        <location filename="../app/engine/PortSweepCheck.cpp" line="+77"/>
        <source>Trying ports %1 on %2</source>
        <translation>Essai des ports %1 sur %2</translation>
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
        <location filename="../ui/wizard/ServerPage.cpp" line="+31"/>
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
        <location line="+3"/>
        <source>Other ports to try</source>
        <translation>Autres ports à essayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference host</source>
        <translation>Hôte de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host that answers on every port. Comparing it with your server tells a block on your side from a problem at the server. Leave empty for none.</source>
        <translation>Un hôte qui répond sur tous les ports. Le comparer avec votre serveur permet de distinguer un blocage de votre côté d&apos;un problème au niveau du serveur. Laissez vide pour n&apos;en utiliser aucun.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+1"/>
        <source>&amp;Other ports to try:</source>
        <translation>&amp;Autres ports à essayer&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference host:</source>
        <translation>Hôte de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter an IP address, optionally followed by @port.</source>
        <translation>Saisissez une adresse IP, éventuellement suivie de @port.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter port numbers separated by commas, such as 25, 465, 587.</source>
        <translation>Saisissez des numéros de port séparés par des virgules, par exemple 25, 465, 587.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (not confirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: ports %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: ports %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed by the provider: %1.</source>
        <translation>Non confirmé par le fournisseur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SmtpCheck</name>
    <message>
        <location filename="../app/engine/SmtpCheck.cpp" line="+32"/>
        <source>Talking SMTP with %1 port %2</source>
        <translation>Dialogue SMTP avec %1, port %2</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <location filename="../app/engine/spf/SpfExplainer.cpp" line="+76"/>
        <source>The SPF record of %1 does not allow %2 to send mail for it.</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;autorise pas %2 à envoyer des e-mails pour ce domaine.</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <location filename="../app/engine/spf/SpfMacro.cpp" line="+44"/>
        <source>character U+%1 is not allowed</source>
        <translation>le caractère U+%1 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%&quot; at the end: write &quot;%%&quot; for a percent sign</source>
        <translation>&quot;%&quot; à la fin&#xa0;: écrivez &quot;%%&quot; pour obtenir un signe pourcentage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%%1&quot; is not a macro: &quot;%&quot; must be followed by &quot;{&quot;, &quot;%&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>&quot;%%1&quot; n&apos;est pas une macro&#xa0;: &quot;%&quot; doit être suivi de &quot;{&quot;, &quot;%&quot;, &quot;_&quot; ou &quot;-&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown macro letter &quot;%1&quot;</source>
        <translation>lettre de macro inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unterminated macro</source>
        <translation>macro non terminée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a macro cannot keep zero parts</source>
        <translation>une macro ne peut pas conserver zéro partie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed macro</source>
        <translation>macro mal formée</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the domain is missing</source>
        <translation>le domaine est manquant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; does not end in a valid top-level label</source>
        <translation>&quot;%1&quot; ne se termine pas par un domaine de premier niveau valide</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <location filename="../app/engine/spf/SpfRecord.cpp" line="+54"/>
        <source>invalid IPv6 prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe IPv6 non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid IPv4 prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe IPv4 non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ip6 needs an address, as in ip6:2001:db8::/32</source>
        <translation>ip6 exige une adresse, comme dans ip6:2001:db8::/32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip4 needs an address, as in ip4:192.0.2.0/24</source>
        <translation>ip4 exige une adresse, comme dans ip4:192.0.2.0/24</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a domain, as in %1:example.com</source>
        <translation>%1 exige un domaine, comme dans %1:example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%1&quot; after %2</source>
        <translation>&quot;%1&quot; inattendu après %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not an SPF record: it must start with &quot;v=spf1&quot;</source>
        <translation>ce n&apos;est pas un enregistrement SPF&#xa0;: il doit commencer par &quot;v=spf1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>character U+%1 is not allowed</source>
        <translation>le caractère U+%1 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid modifier name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de modificateur valide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1= appears more than once</source>
        <translation>%1= apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;all&quot; takes no argument</source>
        <translation>&quot;all&quot; ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a qualifier without a mechanism</source>
        <translation>un qualificateur sans mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mechanism &quot;%1&quot;</source>
        <translation>mécanisme inconnu &quot;%1&quot;</translation>
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
        <location filename="../ui/wizard/WelcomePage.cpp" line="+17"/>
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
    <message>
        <location line="+12"/>
        <source>Mail provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other SMTP server</source>
        <translation>Autre serveur SMTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mail &amp;provider:</source>
        <translation>Votre &amp;fournisseur de messagerie&#xa0;:</translation>
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
