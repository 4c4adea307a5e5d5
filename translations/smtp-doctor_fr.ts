<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>user interface, networking, TLS</source>
        <translation>interface utilisateur, réseau, TLS</translation>
    </message>
    <message>
        <source>TLS, through Qt</source>
        <translation>TLS, via Qt</translation>
    </message>
    <message>
        <source>DNS and DNSSEC</source>
        <translation>DNS et DNSSEC</translation>
    </message>
    <message>
        <source>used by libunbound</source>
        <translation>utilisée par libunbound</translation>
    </message>
    <message>
        <source>SMTP sign-in mechanisms</source>
        <translation>mécanismes d&apos;authentification SMTP</translation>
    </message>
    <message>
        <source>Finds out why an application cannot send mail, and says what to do.</source>
        <translation>Trouve pourquoi une application ne peut pas envoyer d&apos;e-mails, et indique quoi faire.</translation>
    </message>
    <message>
        <source>Running on Qt %1.</source>
        <translation>Fonctionne avec Qt %1.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About SMTP Doctor</source>
        <translation>À propos de SMTP Doctor</translation>
    </message>
    <message>
        <source>SMTP Doctor is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>SMTP Doctor est un logiciel libre, sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>AttemptChart</name>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Chart of the time each phase took, per attempt</source>
        <translation>Graphique de la durée de chaque phase, pour chaque tentative</translation>
    </message>
    <message>
        <source>Time per phase, attempt by attempt</source>
        <translation>Durée de chaque phase, tentative par tentative</translation>
    </message>
</context>
<context>
    <name>BasicAuthRetirement</name>
    <message>
        <source>from %1, switched off by default for existing organisations (an administrator can switch it back on)</source>
        <translation>à partir du %1, désactivée par défaut pour les organisations existantes (un administrateur peut la réactiver)</translation>
    </message>
    <message>
        <source>from %1, OAuth only for new organisations</source>
        <translation>à partir du %1, OAuth uniquement pour les nouvelles organisations</translation>
    </message>
    <message>
        <source>removed for good %1</source>
        <translation>supprimée définitivement %1</translation>
    </message>
    <message>
        <source>in the second half of %1 (date to be announced)</source>
        <translation>au second semestre %1 (date encore à annoncer)</translation>
    </message>
    <message>
        <source>in the first half of %1 (date to be announced)</source>
        <translation>au premier semestre %1 (date encore à annoncer)</translation>
    </message>
</context>
<context>
    <name>BrowserAuthorization</name>
    <message>
        <source>SMTP Doctor received the sign-in. You can close this page and go back to SMTP Doctor.</source>
        <translation>SMTP Doctor a reçu la connexion. Vous pouvez fermer cette page et revenir à SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>BulkSenderRules</name>
    <message>
        <source>one-click unsubscribe for marketing mail (List-Unsubscribe with an https address and List-Unsubscribe-Post, RFC 8058, both signed by DKIM)</source>
        <translation>le désabonnement en un clic pour le courrier marketing (List-Unsubscribe avec une adresse https et List-Unsubscribe-Post, RFC 8058, tous deux signés par DKIM)</translation>
    </message>
    <message>
        <source>a DMARC record for %1 (p=none is enough)</source>
        <translation>un enregistrement DMARC pour %1 (p=none suffit)</translation>
    </message>
    <message>
        <source>SPF or DKIM aligned with %1</source>
        <translation>SPF ou DKIM aligné sur %1</translation>
    </message>
    <message>
        <source>both SPF and DKIM passing</source>
        <translation>SPF et DKIM tous deux valides</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Afficher les options de cette commande.</translation>
    </message>
    <message>
        <source>Language of the messages and the report, such as fr.</source>
        <translation>Langue des messages et du rapport, par exemple fr.</translation>
    </message>
    <message>
        <source>Usage: smtp-doctor-cli %1 [options]</source>
        <translation>Utilisation&#xa0;: smtp-doctor-cli %1 [options]</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>no failure found</source>
        <translation>aucun échec trouvé</translation>
    </message>
    <message>
        <source>at least one failure found</source>
        <translation>au moins un échec trouvé</translation>
    </message>
    <message>
        <source>unusable arguments, or the report could not be written</source>
        <translation>arguments inutilisables, ou rapport impossible à écrire</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try: smtp-doctor-cli --help</source>
        <translation>Essayez&#xa0;: smtp-doctor-cli --help</translation>
    </message>
    <message>
        <source>Try: smtp-doctor-cli %1 --help</source>
        <translation>Essayez&#xa0;: smtp-doctor-cli %1 --help</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Usage: smtp-doctor-cli COMMAND [options]</source>
        <translation>Utilisation&#xa0;: smtp-doctor-cli COMMANDE [options]</translation>
    </message>
    <message>
        <source>Finds out why mail cannot be sent, and says what to do.</source>
        <translation>Trouve pourquoi les e-mails ne partent pas, et dit quoi faire.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;smtp-doctor-cli help COMMAND&quot; or &quot;smtp-doctor-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Lancez &quot;smtp-doctor-cli help COMMANDE&quot; ou &quot;smtp-doctor-cli COMMANDE --help&quot; pour voir les options d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>ControlCheck</name>
    <message>
        <source>Trying the same ports on the reference host %1</source>
        <translation>Essai des mêmes ports sur l&apos;hôte de référence %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Finds out why mail cannot be sent through an SMTP server.</source>
        <translation>Trouve pourquoi les e-mails ne peuvent pas être envoyés par un serveur SMTP.</translation>
    </message>
    <message>
        <source>Also try this backup connection in the same run (default: --host), and show both side by side.</source>
        <translation>Essayer aussi, au cours du même diagnostic, une connexion de secours vers ce serveur (par défaut&#xa0;: celui de --host), et afficher les deux côte à côte.</translation>
    </message>
    <message>
        <source>The backup connection&apos;s port.</source>
        <translation>Port de la connexion de secours.</translation>
    </message>
    <message>
        <source>The backup connection&apos;s none, starttls or tls (default: tls on 465, else as --security).</source>
        <translation>Chiffrement de la connexion de secours&#xa0;: none, starttls ou tls (par défaut&#xa0;: tls sur le port 465, sinon comme --security).</translation>
    </message>
    <message>
        <source>Also check this sender domain&apos;s MX, SPF, DKIM and DMARC records.</source>
        <translation>Vérifier aussi les enregistrements MX, SPF, DKIM et DMARC de ce domaine d&apos;expédition.</translation>
    </message>
    <message>
        <source>A DKIM selector to look up (repeatable; default: the usual ones).</source>
        <translation>Un sélecteur DKIM à rechercher (option répétable&#xa0;; par défaut&#xa0;: les sélecteurs habituels).</translation>
    </message>
    <message>
        <source>Sign in as this user (the password comes from --password-stdin or --password-env).</source>
        <translation>Se connecter avec ce nom d&apos;utilisateur (le mot de passe est fourni par --password-stdin ou --password-env).</translation>
    </message>
    <message>
        <source>Send a test message from this address.</source>
        <translation>Envoyer un message de test depuis cette adresse.</translation>
    </message>
    <message>
        <source>--backup-host must name a server</source>
        <translation>--backup-host doit indiquer un serveur</translation>
    </message>
    <message>
        <source>Also run the website probe at this address (made by probe create) and merge what your website sees.</source>
        <translation>Interroger aussi la sonde du site web à cette adresse (faite par probe create) et fusionner ce que voit votre site web.</translation>
    </message>
    <message>
        <source>The probe&apos;s key, as probe create printed it (other users of this computer can read a command line: --site-key-file is safer).</source>
        <translation>La clé de la sonde, telle que probe create l&apos;a affichée (les autres utilisateurs de cet ordinateur peuvent lire une ligne de commande : --site-key-file est plus sûr).</translation>
    </message>
    <message>
        <source>A file that holds the probe&apos;s key, or the JSON that probe create --format json printed.</source>
        <translation>Un fichier qui contient la clé de la sonde, ou le JSON affiché par probe create --format json.</translation>
    </message>
    <message>
        <source>Merge this JSON report, made by smtp-doctor-cli on the web server, as what your website sees.</source>
        <translation>Fusionner ce rapport JSON, fait par smtp-doctor-cli sur le serveur web, comme ce que voit votre site web.</translation>
    </message>
    <message>
        <source>--site-probe and --site-report are two ways to the same view: give one</source>
        <translation>--site-probe et --site-report sont deux chemins vers la même vue : n&apos;en donnez qu&apos;un</translation>
    </message>
    <message>
        <source>--site-key and --site-key-file go with --site-probe, not --site-report</source>
        <translation>--site-key et --site-key-file vont avec --site-probe, pas avec --site-report</translation>
    </message>
    <message>
        <source>--site-report &quot;%1&quot;: %2</source>
        <translation>--site-report « %1 » : %2</translation>
    </message>
    <message>
        <source>--site-key and --site-key-file go with --site-probe URL</source>
        <translation>--site-key et --site-key-file vont avec --site-probe ADRESSE</translation>
    </message>
    <message>
        <source>--site-probe must be the probe&apos;s address, starting with https:// or http://</source>
        <translation>--site-probe doit être l&apos;adresse de la sonde, qui commence par https:// ou http://</translation>
    </message>
    <message>
        <source>--site-probe needs the probe&apos;s key: give --site-key or --site-key-file</source>
        <translation>--site-probe a besoin de la clé de la sonde : donnez --site-key ou --site-key-file</translation>
    </message>
    <message>
        <source>--site-key-file &quot;%1&quot; cannot be read: %2</source>
        <translation>--site-key-file « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>--site-key must be the 43-character key that probe create printed</source>
        <translation>--site-key doit être la clé de 43 caractères affichée par probe create</translation>
    </message>
    <message>
        <source>--site-key-file must hold the 43-character key that probe create printed</source>
        <translation>--site-key-file doit contenir la clé de 43 caractères affichée par probe create</translation>
    </message>
    <message>
        <source>Interrupted: reporting what was measured.</source>
        <translation>Interrompu : voici ce qui a été mesuré.</translation>
    </message>
    <message>
        <source>the test message was not accepted: nothing to look for</source>
        <translation>le message de test n&apos;a pas été accepté : rien à chercher</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The DNS resolver could not start: %1</source>
        <translation>Le résolveur DNS n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <source>the diagnosis was cancelled</source>
        <translation>le diagnostic a été annulé</translation>
    </message>
    <message>
        <source>it needs the %1 check, which could not go further</source>
        <translation>la vérification préalable %1 n&apos;a pas pu aller plus loin</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Connecting to the server the way a mail program would.</source>
        <translation>Connexion au serveur, comme le ferait un logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Connectivity findings</source>
        <translation>Constats de connectivité</translation>
    </message>
    <message>
        <source>Domain records</source>
        <translation>Enregistrements du domaine</translation>
    </message>
    <message>
        <source>The sender domain&apos;s MX, SPF, DKIM and DMARC records, as receivers see them.</source>
        <translation>Les enregistrements MX, SPF, DKIM et DMARC du domaine d&apos;expédition, tels que les voient les serveurs destinataires.</translation>
    </message>
    <message>
        <source>Domain record findings</source>
        <translation>Constats sur les enregistrements du domaine</translation>
    </message>
    <message>
        <source>Ports tried on each address</source>
        <translation>Ports essayés sur chaque adresse</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No sender domain was entered on the server settings page: there are no records to check. Press Next to go on.</source>
        <translation>Aucun domaine d&apos;expédition n&apos;a été saisi sur la page des paramètres du serveur&#xa0;: il n&apos;y a aucun enregistrement à vérifier. Cliquez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <source>Checking %1 port %2...</source>
        <translation>Vérification de %1, port %2...</translation>
    </message>
    <message>
        <source>Looking up the records of %1...</source>
        <translation>Recherche des enregistrements de %1...</translation>
    </message>
    <message>
        <source>Done: no problem found.</source>
        <translation>Terminé&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n problem(s) found.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Terminé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>No submission settings found for %1.</source>
        <translation>Aucun paramètre d&apos;envoi trouvé pour %1.</translation>
    </message>
    <message>
        <source>Submission settings for %1:</source>
        <translation>Paramètres d&apos;envoi pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Finds the submission settings published for a mail domain.</source>
        <translation>Trouve les réglages d&apos;envoi publiés pour un domaine de messagerie.</translation>
    </message>
</context>
<context>
    <name>DkimAssessment</name>
    <message numerus="yes">
        <source>%n TXT records at this name; there must be exactly one</source>
        <translation>
            <numerusform>%n enregistrement TXT à ce nom&#xa0;; il doit y en avoir exactement un</numerusform>
            <numerusform>%n enregistrements TXT à ce nom&#xa0;; il doit y en avoir exactement un</numerusform>
        </translation>
    </message>
    <message>
        <source>the TXT record is malformed and cannot be read</source>
        <translation>l&apos;enregistrement TXT est mal formé et illisible</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>v=%1 must be the first tag of the record</source>
        <translation>v=%1 doit être la première balise de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>v= must be DKIM1, not &quot;%1&quot;</source>
        <translation>v= doit valoir DKIM1, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot; (k= takes rsa or ed25519, in lower case)</source>
        <translation>type de clé inconnu &quot;%1&quot; (k= accepte rsa ou ed25519, en minuscules)</translation>
    </message>
    <message>
        <source>h= contains an empty algorithm name</source>
        <translation>h= contient un nom d&apos;algorithme vide</translation>
    </message>
    <message>
        <source>h=%1 does not allow sha256; verifiers no longer accept SHA-1</source>
        <translation>h=%1 n&apos;autorise pas sha256&#xa0;; les serveurs destinataires n&apos;acceptent plus SHA-1</translation>
    </message>
    <message>
        <source>s=%1 excludes e-mail: verifiers ignore this key for mail</source>
        <translation>s=%1 exclut l&apos;e-mail&#xa0;: les serveurs destinataires ignorent cette clé pour les e-mails</translation>
    </message>
    <message>
        <source>t= contains an empty flag</source>
        <translation>t= contient un indicateur vide</translation>
    </message>
    <message>
        <source>the public key (p=) is missing</source>
        <translation>la clé publique (p=) est absente</translation>
    </message>
    <message>
        <source>the public key (p=) is not valid base64</source>
        <translation>la clé publique (p=) n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the public key (p=) is not an RSA public key</source>
        <translation>la clé publique (p=) n&apos;est pas une clé publique RSA</translation>
    </message>
    <message numerus="yes">
        <source>the public key (p=) is not an Ed25519 key: 32 bytes expected, %n found</source>
        <translation>
            <numerusform>la clé publique (p=) n&apos;est pas une clé Ed25519&#xa0;: 32 octets attendus, %n trouvé</numerusform>
            <numerusform>la clé publique (p=) n&apos;est pas une clé Ed25519&#xa0;: 32 octets attendus, %n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked key</source>
        <translation>clé révoquée</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 bits</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
</context>
<context>
    <name>DmarcAssessment</name>
    <message>
        <source>policy %1 for %2% of failing mail, subdomains %3</source>
        <translation>politique %1 pour %2&#xa0;% des e-mails en échec, sous-domaines %3</translation>
    </message>
    <message>
        <source>no aggregate reports requested (no rua=)</source>
        <translation>aucun rapport agrégé demandé (pas de rua=)</translation>
    </message>
    <message>
        <source>aggregate reports to %1</source>
        <translation>rapports agrégés envoyés à %1</translation>
    </message>
    <message>
        <source>a DMARC record must begin with v=DMARC1</source>
        <translation>un enregistrement DMARC doit commencer par v=DMARC1</translation>
    </message>
    <message>
        <source>no DMARC record at %1: the one at %2 applies</source>
        <translation>aucun enregistrement DMARC à %1&#xa0;: celui de %2 s&apos;applique</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>a DMARC record must begin with v=DMARC1</source>
        <translation>un enregistrement DMARC doit commencer par v=DMARC1</translation>
    </message>
    <message>
        <source>v=DMARC1 must be the first tag of the record</source>
        <translation>v=DMARC1 doit être la première balise de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>v= must be DMARC1 (in capitals, then &quot;;&quot;), not &quot;%1&quot;</source>
        <translation>v= doit valoir DMARC1 (en majuscules, suivi de &quot;;&quot;), et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the policy (p=none, p=quarantine or p=reject) is missing</source>
        <translation>la politique (p=none, p=quarantine ou p=reject) est absente</translation>
    </message>
    <message>
        <source>pct=%1 must be a whole number from 0 to 100</source>
        <translation>pct=%1 doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>fo=%1: each option must be 0, 1, d or s, separated by colons</source>
        <translation>fo=%1&#xa0;: chaque option doit valoir 0, 1, d ou s, les options étant séparées par des deux-points</translation>
    </message>
    <message>
        <source>rf=%1 is not a list of report formats such as afrf</source>
        <translation>rf=%1 n&apos;est pas une liste de formats de rapport comme afrf</translation>
    </message>
    <message>
        <source>ri=%1 must be a number of seconds (such as 86400)</source>
        <translation>ri=%1 doit être un nombre de secondes (comme 86400)</translation>
    </message>
    <message>
        <source>%1=%2 must be none, quarantine or reject</source>
        <translation>%1=%2 doit valoir none, quarantine ou reject</translation>
    </message>
    <message>
        <source>%1=%2 must be r (relaxed) or s (strict)</source>
        <translation>%1=%2 doit valoir r (souple) ou s (strict)</translation>
    </message>
    <message>
        <source>%1=: &quot;%2&quot; has a size limit that is not a number such as !10m</source>
        <translation>dans %1=, la limite de taille de &quot;%2&quot; n&apos;est pas un nombre comme&#xa0;!10m</translation>
    </message>
    <message>
        <source>%1=: the size limit of &quot;%2&quot; is too large</source>
        <translation>dans %1=, la limite de taille de &quot;%2&quot; est trop grande</translation>
    </message>
    <message>
        <source>%1= contains an empty address</source>
        <translation>%1= contient une adresse vide</translation>
    </message>
    <message>
        <source>%1=%2 needs mailto: in front: %1=mailto:%2</source>
        <translation>%1=%2&#xa0;: il manque mailto: devant l&apos;adresse, écrivez %1=mailto:%2</translation>
    </message>
    <message>
        <source>%1=: &quot;%2&quot; is not an address such as mailto:dmarc@example.com</source>
        <translation>dans %1=, &quot;%2&quot; n&apos;est pas une adresse comme mailto:dmarc@example.com</translation>
    </message>
    <message>
        <source>%1=: &quot;%2&quot; is not an e-mail address</source>
        <translation>dans %1=, &quot;%2&quot; n&apos;est pas une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>DnsResolver</name>
    <message>
        <source>system resolver</source>
        <translation>résolveur du système</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>SMTP Doctor is incomplete</source>
        <translation>SMTP Doctor est incomplet</translation>
    </message>
    <message>
        <source>The wizard&apos;s steps could not be loaded, so it cannot go past this page. Reinstall SMTP Doctor.

%1</source>
        <translation>Les étapes de l&apos;assistant n&apos;ont pas pu être chargées : il ne peut pas aller au-delà de cette page. Réinstallez SMTP Doctor.

%1</translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>Checking the records of %1</source>
        <translation>Vérification des enregistrements de %1</translation>
    </message>
    <message>
        <source>an address, not a host name</source>
        <translation>une adresse, pas un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>an alias (CNAME) of %1</source>
        <translation>un alias (CNAME) de %1</translation>
    </message>
    <message>
        <source>a name that does not exist</source>
        <translation>un nom qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source># Findings

Every finding SMTP Doctor reports, by id. The id is the contract that reports and scripts key on; ‹name› marks where a run puts a value. Generated by `smtp-doctor-cli explain --list --format markdown`: do not edit by hand.
</source>
        <translation># Constats

Chaque constat que SMTP Doctor rapporte, par identifiant. L&apos;identifiant est le contrat sur lequel s&apos;appuient les rapports et les scripts ; ‹nom› marque l&apos;endroit où une exécution place une valeur. Généré par `smtp-doctor-cli explain --list --format markdown` : ne pas modifier à la main.
</translation>
    </message>
    <message>
        <source>Explains a finding: its severity, title, explanation and advice.</source>
        <translation>Explique un constat : sa gravité, son titre, son explication et ses conseils.</translation>
    </message>
    <message>
        <source>Every finding id with its severity, one per line.</source>
        <translation>Chaque identifiant de constat avec sa gravité, un par ligne.</translation>
    </message>
    <message>
        <source>A finding id, such as net.filtered.</source>
        <translation>Un identifiant de constat, par exemple net.filtered.</translation>
    </message>
    <message>
        <source>--list takes no finding id</source>
        <translation>--list ne prend pas d&apos;identifiant de constat</translation>
    </message>
    <message>
        <source>--format markdown goes with --list</source>
        <translation>--format markdown va avec --list</translation>
    </message>
    <message>
        <source>name one finding id, or use --list</source>
        <translation>indiquez un identifiant de constat, ou utilisez --list</translation>
    </message>
    <message>
        <source>unknown finding id &quot;%1&quot;; the closest: %2</source>
        <translation>identifiant de constat inconnu « %1 » ; les plus proches : %2</translation>
    </message>
</context>
<context>
    <name>FetchBack</name>
    <message>
        <source>Signing in to the mailbox on %1...</source>
        <translation>Connexion à la boîte aux lettres sur %1...</translation>
    </message>
    <message>
        <source>Looking for the test message in %1...</source>
        <translation>Recherche du message de test dans %1...</translation>
    </message>
    <message>
        <source>Reading the message that arrived...</source>
        <translation>Lecture du message reçu...</translation>
    </message>
</context>
<context>
    <name>FetchBackOptions</name>
    <message>
        <source>After the test send, sign in to the recipient&apos;s mailbox over IMAP, look for the message in the inbox and the spam folder, and read how it arrived.</source>
        <translation>Après l&apos;envoi de test, se connecter en IMAP à la boîte du destinataire, chercher le message dans la boîte de réception et dans le dossier des indésirables, et lire comment il est arrivé.</translation>
    </message>
    <message>
        <source>The recipient&apos;s IMAP server, for --fetch-back.</source>
        <translation>Le serveur IMAP du destinataire, pour --fetch-back.</translation>
    </message>
    <message>
        <source>The IMAP server&apos;s port (default: 993 with tls, 143 with starttls).</source>
        <translation>Le port du serveur IMAP (par défaut : 993 avec tls, 143 avec starttls).</translation>
    </message>
    <message>
        <source>tls (from the first byte) or starttls (default: tls); none only with --allow-cleartext-auth.</source>
        <translation>tls (dès le premier octet) ou starttls (par défaut : tls) ; none seulement avec --allow-cleartext-auth.</translation>
    </message>
    <message>
        <source>The user name of the recipient&apos;s mailbox.</source>
        <translation>Le nom d&apos;utilisateur de la boîte du destinataire.</translation>
    </message>
    <message>
        <source>Read the mailbox&apos;s password from this environment variable.</source>
        <translation>Lire le mot de passe de la boîte dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Sign in to the mailbox with the OAuth2 access token in this environment variable (XOAUTH2).</source>
        <translation>Se connecter à la boîte avec le jeton d&apos;accès OAuth2 de cette variable d&apos;environnement (XOAUTH2).</translation>
    </message>
    <message>
        <source>Seconds to wait for the test message to arrive (default %1).</source>
        <translation>Secondes d&apos;attente de l&apos;arrivée du message de test (par défaut %1).</translation>
    </message>
    <message>
        <source>--%1 goes with --fetch-back</source>
        <translation>--%1 s&apos;utilise avec --fetch-back</translation>
    </message>
    <message>
        <source>--fetch-back needs a test message: give --from and --to</source>
        <translation>--fetch-back a besoin d&apos;un message de test : indiquez --from et --to</translation>
    </message>
    <message>
        <source>--fetch-back needs --imap-host</source>
        <translation>--fetch-back a besoin de --imap-host</translation>
    </message>
    <message>
        <source>--imap-security must be tls, starttls or none</source>
        <translation>--imap-security doit valoir tls, starttls ou none</translation>
    </message>
    <message>
        <source>--imap-port must be a number from 1 to 65535</source>
        <translation>--imap-port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--fetch-back needs --imap-user</source>
        <translation>--fetch-back a besoin de --imap-user</translation>
    </message>
    <message>
        <source>--imap-user needs exactly one of --imap-password-env VAR or --imap-token-env VAR</source>
        <translation>--imap-user demande exactement une option parmi --imap-password-env VAR et --imap-token-env VAR</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>--fetch-deadline must be a number of seconds from 1 to 3600</source>
        <translation>--fetch-deadline doit être un nombre de secondes de 1 à 3600</translation>
    </message>
</context>
<context>
    <name>FetchBackPanel</name>
    <message>
        <source>With your consent, SMTP Doctor signs in to this mailbox after the send, looks for the test message only, and changes nothing.</source>
        <translation>Avec votre accord, SMTP Doctor se connecte à cette boîte aux lettres après l&apos;envoi, y cherche seulement le message de test et ne modifie rien.</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>IMAP encryption</source>
        <translation>Chiffrement IMAP</translation>
    </message>
    <message>
        <source>the recipient&apos;s user name</source>
        <translation>le nom d&apos;utilisateur du destinataire</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d&apos;utilisateur IMAP</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <source>Looking for the test message</source>
        <translation>Recherche du message de test</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Port IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>IMAP encryption:</source>
        <translation>Chiffrement IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>IMAP user name:</source>
        <translation>Nom d&apos;utilisateur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>IMAP passwor&amp;d:</source>
        <translation>Mot de passe IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the IMAP server to check where the test message landed.</source>
        <translation>Indiquez le serveur IMAP pour vérifier où le message de test est arrivé.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s user name and password to check where the test message landed.</source>
        <translation>Indiquez le nom d&apos;utilisateur et le mot de passe de la boîte aux lettres pour vérifier où le message de test est arrivé.</translation>
    </message>
    <message>
        <source>The test message was not accepted: there is nothing to look for.</source>
        <translation>Le message de test n&apos;a pas été accepté&#xa0;: il n&apos;y a rien à chercher.</translation>
    </message>
    <message>
        <source>Looking for the test message in %1...</source>
        <translation>Recherche du message de test sur %1...</translation>
    </message>
    <message>
        <source>Stopped looking for the test message.</source>
        <translation>Recherche du message de test arrêtée.</translation>
    </message>
    <message>
        <source>Done looking for the test message.</source>
        <translation>Recherche du message de test terminée.</translation>
    </message>
    <message>
        <source>Check where it landed (reads the recipient&apos;s mailbox over IMAP)</source>
        <translation>Vérifier où le message est arrivé (lit la boîte aux lettres du destinataire par IMAP)</translation>
    </message>
    <message>
        <source>Stop looking</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Serveur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>IMAP sign-in</source>
        <translation>Connexion IMAP</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in with %1 (browser)</source>
        <translation>Se connecter avec %1 (navigateur)</translation>
    </message>
    <message>
        <source>Other OAuth2 provider (browser)</source>
        <translation>Autre fournisseur OAuth2 (navigateur)</translation>
    </message>
    <message>
        <source>IMAP sign-in:</source>
        <translation>Connexion IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s user name and sign in to it in the browser to check where the test message landed.</source>
        <translation>Saisissez le nom d&apos;utilisateur de la boîte aux lettres et connectez-vous à elle dans le navigateur pour vérifier où le message de test est arrivé.</translation>
    </message>
    <message>
        <source>Renewing the mailbox&apos;s access token...</source>
        <translation>Renouvellement du jeton d&apos;accès de la boîte aux lettres...</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <source>Log of this check</source>
        <translation>Journal de cette vérification</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Le nom %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The DNS answered that there is no host called %1 (NXDOMAIN). A server that cannot be found cannot take your mail.</source>
        <translation>Le DNS a répondu qu&apos;aucun hôte ne s&apos;appelle %1 (NXDOMAIN). Un serveur introuvable ne peut pas prendre en charge vos e-mails.</translation>
    </message>
    <message>
        <source>Check the host name for typing errors.</source>
        <translation>Vérifiez que le nom d&apos;hôte ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Copy the SMTP server name exactly from your mail provider&apos;s help pages.</source>
        <translation>Recopiez exactement le nom du serveur SMTP depuis les pages d&apos;aide de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>The server name contains spaces</source>
        <translation>Le nom du serveur contient des espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces or line breaks, often copied along with the name. Many programs then look up a name that does not exist.</source>
        <translation>&quot;%1&quot; contient des espaces ou des retours à la ligne, souvent copiés en même temps que le nom. De nombreux logiciels cherchent alors un nom qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter the name without spaces: %2.</source>
        <translation>Saisissez le nom sans espaces&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server name starts with %2</source>
        <translation>Le nom du serveur commence par %2</translation>
    </message>
    <message>
        <source>An SMTP server name is a plain host name such as smtp.example.com, not a web address: &quot;%1&quot; starts with %2, which most mail programs do not understand.</source>
        <translation>Un nom de serveur SMTP est un simple nom d&apos;hôte comme smtp.example.com, pas une adresse web&#xa0;: &quot;%1&quot; commence par %2, ce que la plupart des logiciels de messagerie ne comprennent pas.</translation>
    </message>
    <message>
        <source>Enter %3 as the server name and choose the encryption in its own field.</source>
        <translation>Saisissez %3 comme nom de serveur et choisissez le chiffrement dans le champ prévu à cet effet.</translation>
    </message>
    <message>
        <source>The server name is an e-mail address</source>
        <translation>Le nom du serveur est une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an e-mail address. The SMTP server is the name of a machine, given by the provider of the addresses ending in @%2.</source>
        <translation>&quot;%1&quot; est une adresse e-mail. Le serveur SMTP est le nom d&apos;une machine, indiqué par le fournisseur des adresses qui se terminent par @%2.</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s SMTP server name (for example from its help pages, or from the list of providers).</source>
        <translation>Saisissez le nom du serveur SMTP de votre fournisseur (par exemple d&apos;après ses pages d&apos;aide, ou en le choisissant dans la liste des fournisseurs).</translation>
    </message>
    <message>
        <source>Your e-mail address goes in the user name field, not here.</source>
        <translation>Votre adresse e-mail se saisit dans le champ du nom d&apos;utilisateur, pas ici.</translation>
    </message>
    <message>
        <source>The server name contains a path (%2)</source>
        <translation>Le nom du serveur contient un chemin (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like part of a web address. An SMTP server name has no slash and no path.</source>
        <translation>&quot;%1&quot; ressemble à un morceau d&apos;adresse web. Un nom de serveur SMTP ne contient ni barre oblique ni chemin.</translation>
    </message>
    <message>
        <source>Enter the host name alone: %3.</source>
        <translation>Saisissez uniquement le nom d&apos;hôte&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The port is written into the server name</source>
        <translation>Le port est écrit dans le nom du serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the port. Most programs have a field of its own for the port, and look up &quot;%1&quot; as a name, which does not exist.</source>
        <translation>&quot;%1&quot; contient le port. La plupart des logiciels ont un champ à part pour le port, et cherchent un nom &quot;%1&quot;, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter %2 as the server and %3 as the port.</source>
        <translation>Saisissez %2 comme serveur et %3 comme port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de serveur valide</translation>
    </message>
    <message>
        <source>A server name is made of letters, digits and hyphens, separated by dots (such as smtp.example.com), or is an IP address.</source>
        <translation>Un nom de serveur est composé de lettres, de chiffres et de traits d&apos;union, séparés par des points (comme smtp.example.com), ou bien c&apos;est une adresse IP.</translation>
    </message>
    <message>
        <source>%1 is a mail domain, not its SMTP server</source>
        <translation>%1 est un domaine de messagerie, pas son serveur SMTP</translation>
    </message>
    <message>
        <source>Addresses end in @%1, but %2 sends mail through the server %3. The domain itself does not accept mail programs.</source>
        <translation>Les adresses se terminent par @%1, mais %2 envoie les e-mails par le serveur %3. Le domaine lui-même n&apos;accepte pas les connexions des logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Use %3 as the SMTP server.</source>
        <translation>Utilisez %3 comme serveur SMTP.</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>Un port est un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>Use 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation>Utilisez le port 587 avec STARTTLS, ou le port 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>Port %1 expects %2</source>
        <translation>Le port %1 attend %2</translation>
    </message>
    <message>
        <source>Port 465 speaks SSL/TLS from the first byte, and port 587 starts in plain text and then switches with STARTTLS. The chosen encryption does not match port %1: the connection hangs or fails.</source>
        <translation>Le port 465 parle SSL/TLS dès le premier octet, et le port 587 commence en clair puis passe au chiffrement avec STARTTLS. Le chiffrement choisi ne correspond pas au port %1&#xa0;: la connexion se bloque ou échoue.</translation>
    </message>
    <message>
        <source>Choose %2 for port %1.</source>
        <translation>Choisissez %2 pour le port %1.</translation>
    </message>
    <message>
        <source>Port 25 is for servers, not for sending from a website</source>
        <translation>Le port 25 est réservé aux serveurs, pas à l&apos;envoi depuis un site web</translation>
    </message>
    <message>
        <source>Port 25 carries mail between mail servers. Many hosting and Internet providers block it, and mail providers expect programs to send through 587 (STARTTLS) or 465 (SSL/TLS) with a password.</source>
        <translation>Le port 25 sert à acheminer les e-mails entre serveurs de messagerie. De nombreux hébergeurs et fournisseurs d&apos;accès à Internet le bloquent, et les fournisseurs de messagerie attendent des logiciels qu&apos;ils envoient par le port 587 (STARTTLS) ou 465 (SSL/TLS), avec un mot de passe.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS.</source>
        <translation>Utilisez le port 587 avec STARTTLS.</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>Le nom %1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>The name %1 exists in DNS, but it has neither an IPv4 (A) nor an IPv6 (AAAA) address, so there is nothing to connect to.</source>
        <translation>Le nom %1 existe dans le DNS, mais il n&apos;a ni adresse IPv4 (A) ni adresse IPv6 (AAAA)&#xa0;: il n&apos;y a donc rien à quoi se connecter.</translation>
    </message>
    <message>
        <source>Check that this is the SMTP server&apos;s name and not only a domain name.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien du nom du serveur SMTP et pas seulement d&apos;un nom de domaine.</translation>
    </message>
    <message>
        <source>If you manage this domain, add an A record for the mail server.</source>
        <translation>Si vous gérez ce domaine, ajoutez un enregistrement A pour le serveur de messagerie.</translation>
    </message>
    <message>
        <source>DNS could not answer for %1</source>
        <translation>Le DNS n&apos;a pas pu répondre pour %1</translation>
    </message>
    <message>
        <source>Looking up %1 failed (%3). The DNS resolver did not give a usable answer, so the SMTP server&apos;s address is unknown.</source>
        <translation>La recherche de %1 a échoué (%3). Le résolveur DNS n&apos;a pas donné de réponse exploitable&#xa0;: l&apos;adresse du serveur SMTP reste donc inconnue.</translation>
    </message>
    <message>
        <source>Run the check again: a passing DNS fault clears by itself.</source>
        <translation>Relancez la vérification&#xa0;: une panne DNS passagère disparaît d&apos;elle-même.</translation>
    </message>
    <message>
        <source>%1 receives mail through %2</source>
        <translation>%1 reçoit ses e-mails par %2</translation>
    </message>
    <message>
        <source>The MX records of %1 name %2, and each has an address.</source>
        <translation>Les enregistrements MX de %1 désignent %2, et chacun a une adresse.</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX</translation>
    </message>
    <message>
        <source>Nobody can reply to mail from %1, and many receivers distrust a sender domain that cannot receive mail.</source>
        <translation>Personne ne peut répondre aux e-mails envoyés depuis %1, et de nombreux serveurs destinataires se méfient d&apos;un domaine d&apos;expédition qui ne peut pas recevoir d&apos;e-mails.</translation>
    </message>
    <message>
        <source>Add the MX records your mail provider gives you for %1.</source>
        <translation>Ajoutez les enregistrements MX que votre fournisseur de messagerie vous indique pour %1.</translation>
    </message>
    <message>
        <source>%1 declares that it accepts no mail (null MX)</source>
        <translation>%1 déclare n&apos;accepter aucun e-mail (MX nul)</translation>
    </message>
    <message>
        <source>%1 publishes &quot;MX 0 .&quot; (RFC 7505): it takes no mail, and receivers may reject mail that claims to come from it.</source>
        <translation>%1 publie &quot;MX 0 .&quot; (RFC 7505)&#xa0;: ce domaine n&apos;accepte aucun e-mail, et les serveurs destinataires peuvent rejeter les e-mails qui prétendent en venir.</translation>
    </message>
    <message>
        <source>If %1 sends mail, replace the null MX with your provider&apos;s MX records.</source>
        <translation>Si %1 envoie des e-mails, remplacez le MX nul par les enregistrements MX de votre fournisseur.</translation>
    </message>
    <message>
        <source>An MX record of %1 points to %2</source>
        <translation>Un enregistrement MX de %1 pointe vers %2</translation>
    </message>
    <message>
        <source>An MX record must name a mail host that has its own address; %2 is %3. Some senders then cannot deliver to %1 (RFC 5321 section 5.1).</source>
        <translation>Un enregistrement MX doit désigner un serveur de messagerie qui a sa propre adresse&#xa0;; %2 est %3. Certains serveurs expéditeurs ne peuvent alors pas distribuer d&apos;e-mails à %1 (RFC 5321, section 5.1).</translation>
    </message>
    <message>
        <source>Change the MX record to the host name your mail provider gives (not an address, not an alias).</source>
        <translation>Faites pointer l&apos;enregistrement MX vers le nom d&apos;hôte indiqué par votre fournisseur de messagerie (ni une adresse, ni un alias).</translation>
    </message>
    <message>
        <source>The SPF record of %1 allows %2 to send</source>
        <translation>L&apos;enregistrement SPF de %1 autorise %2 à envoyer des e-mails</translation>
    </message>
    <message>
        <source>Evaluated for %2, the SPF record of %1 gives pass (%3).</source>
        <translation>Évalué pour %2, l&apos;enregistrement SPF de %1 donne le résultat pass (%3).</translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record</source>
        <translation>%1 publie un enregistrement SPF valide</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s address is unknown, so the record was checked for errors and limits only.</source>
        <translation>L&apos;adresse du serveur SMTP est inconnue&#xa0;: seuls les erreurs et le respect des limites ont donc été vérifiés dans l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell which servers may send for %1: mail is more likely to land in spam, and Gmail and Yahoo require SPF or DKIM.</source>
        <translation>Sans SPF, les serveurs destinataires ne peuvent pas savoir quels serveurs ont le droit d&apos;envoyer des e-mails pour %1&#xa0;: vos e-mails risquent davantage de tomber dans les spams, et Gmail et Yahoo exigent SPF ou DKIM.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 such as: v=spf1 include:&lt;your provider&apos;s SPF domain&gt; -all</source>
        <translation>Publiez à %1 un enregistrement TXT comme&#xa0;: v=spf1 include:&lt;domaine SPF de votre fournisseur&gt; -all</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records</source>
        <translation>%1 a %2 enregistrements SPF</translation>
    </message>
    <message>
        <source>There must be exactly one record starting with v=spf1. With %2, every SPF check of %1 ends in an error (permerror, RFC 7208 section 4.5).</source>
        <translation>Il doit y avoir exactement un enregistrement commençant par v=spf1. Avec %2 enregistrements, toute vérification SPF de %1 aboutit à une erreur (permerror, RFC 7208, section 4.5).</translation>
    </message>
    <message>
        <source>Merge them into one record (combine the include: and ip4: parts) and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement (regroupez les parties include: et ip4:) et supprimez les autres.</translation>
    </message>
    <message>
        <source>The SPF record of %2 has an error</source>
        <translation>L&apos;enregistrement SPF de %2 contient une erreur</translation>
    </message>
    <message>
        <source>While checking %1, the SPF record of %2 could not be used: %3. Every SPF check then ends in an error (permerror).</source>
        <translation>Lors de la vérification de %1, l&apos;enregistrement SPF de %2 n&apos;a pas pu être utilisé&#xa0;: %3. Toute vérification SPF aboutit alors à une erreur (permerror).</translation>
    </message>
    <message>
        <source>Correct the record at %2 as the error says.</source>
        <translation>Corrigez l&apos;enregistrement de %2 comme l&apos;indique l&apos;erreur.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs too many DNS lookups</source>
        <translation>L&apos;enregistrement SPF de %1 demande trop de requêtes DNS</translation>
    </message>
    <message>
        <source>Evaluating it takes more than 10 DNS lookups (include:, a, mx, ptr, exists, redirect=), the limit of RFC 7208 section 4.6.4: receivers stop and treat the record as broken.</source>
        <translation>Son évaluation demande plus de 10 requêtes DNS (include:, a, mx, ptr, exists, redirect=), la limite fixée par la RFC 7208, section 4.6.4&#xa0;: les serveurs destinataires s&apos;arrêtent et considèrent l&apos;enregistrement comme défectueux.</translation>
    </message>
    <message>
        <source>Remove the include: of services you no longer use, and replace a and mx with ip4: and ip6: ranges.</source>
        <translation>Retirez les include: des services que vous n&apos;utilisez plus, et remplacez a et mx par des plages ip4: et ip6:.</translation>
    </message>
    <message>
        <source>The SPF record of %1 names domains that do not exist</source>
        <translation>L&apos;enregistrement SPF de %1 cite des domaines qui n&apos;existent pas</translation>
    </message>
    <message>
        <source>More than two lookups of its record found nothing (the limit of RFC 7208 section 4.6.4): receivers treat the record as broken.</source>
        <translation>Plus de deux requêtes DNS faites pour cet enregistrement n&apos;ont rien trouvé (la limite de la RFC 7208, section 4.6.4)&#xa0;: les serveurs destinataires considèrent l&apos;enregistrement comme défectueux.</translation>
    </message>
    <message>
        <source>Remove the include: and other terms that point to names with no record.</source>
        <translation>Retirez les include: et les autres termes qui pointent vers des noms sans enregistrement.</translation>
    </message>
    <message>
        <source>The SPF record of %1 ends in %2</source>
        <translation>L&apos;enregistrement SPF de %1 se termine par %2</translation>
    </message>
    <message>
        <source>%2 lets any server in the world send mail as %1, which makes the record useless against forgery; receivers may treat the domain as a spam source.</source>
        <translation>%2 permet à n&apos;importe quel serveur au monde d&apos;envoyer des e-mails au nom de %1, ce qui rend l&apos;enregistrement inutile contre l&apos;usurpation&#xa0;; les serveurs destinataires peuvent considérer le domaine comme une source de spam.</translation>
    </message>
    <message>
        <source>End the record with -all (or ~all while you test) once every sending service is listed.</source>
        <translation>Terminez l&apos;enregistrement par -all (ou ~all pendant vos tests) une fois que tous les services d&apos;envoi y figurent.</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not allow %2</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;autorise pas %2</translation>
    </message>
    <message>
        <source>Mail from %1 sent through the server at %2 gets the SPF result %3: receivers may reject it or file it as spam.</source>
        <translation>Les e-mails de %1 envoyés par le serveur %2 obtiennent le résultat SPF %3&#xa0;: les serveurs destinataires peuvent les rejeter ou les classer en spam.</translation>
    </message>
    <message>
        <source>Add the sending service to the SPF record of %1: the include: your provider documents, or ip4:%2.</source>
        <translation>Ajoutez le service d&apos;envoi à l&apos;enregistrement SPF de %1&#xa0;: l&apos;include: indiqué dans la documentation de votre fournisseur, ou ip4:%2.</translation>
    </message>
    <message>
        <source>Add include:%4 (your provider&apos;s SPF domain) to the SPF record of %1.</source>
        <translation>Ajoutez include:%4 (le domaine SPF de votre fournisseur) à l&apos;enregistrement SPF de %1.</translation>
    </message>
    <message>
        <source>DKIM key for selector %1 is published (%4)</source>
        <translation>La clé DKIM du sélecteur %1 est publiée (%4)</translation>
    </message>
    <message>
        <source>%3 holds a valid DKIM public key (%4). Receivers use it to check the signature added to mail from %2.</source>
        <translation>%3 contient une clé publique DKIM valide (%4). Les serveurs destinataires s&apos;en servent pour vérifier la signature ajoutée aux e-mails de %2.</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Aucune clé DKIM pour le sélecteur %1</translation>
    </message>
    <message>
        <source>There is no DKIM record at %3. Mail signed with selector %1 cannot be verified and is treated as unsigned: it is more likely to land in spam, and a DMARC policy can reject it.</source>
        <translation>Il n&apos;y a aucun enregistrement DKIM à %3. Les e-mails signés avec le sélecteur %1 ne peuvent pas être vérifiés et sont traités comme non signés&#xa0;: ils risquent davantage de tomber dans les spams, et une politique DMARC peut les faire rejeter.</translation>
    </message>
    <message>
        <source>Check the selector in your mail provider&apos;s DKIM settings (the part before ._domainkey).</source>
        <translation>Vérifiez le sélecteur dans les paramètres DKIM de votre fournisseur de messagerie (la partie avant ._domainkey).</translation>
    </message>
    <message>
        <source>Publish the record your provider gives you at %3 (often a CNAME), or turn DKIM signing on in its dashboard.</source>
        <translation>Publiez à %3 l&apos;enregistrement que votre fournisseur vous indique (souvent un CNAME), ou activez la signature DKIM dans son tableau de bord.</translation>
    </message>
    <message>
        <source>DNS changes can take a while to appear; run the check again later.</source>
        <translation>Les modifications DNS peuvent mettre un certain temps à apparaître&#xa0;; relancez la vérification plus tard.</translation>
    </message>
    <message>
        <source>No DKIM key found for %2</source>
        <translation>Aucune clé DKIM trouvée pour %2</translation>
    </message>
    <message>
        <source>None of the usual selectors (%1) holds a DKIM key for %2. Your provider may use another selector, or mail from %2 is not signed.</source>
        <translation>Aucun des sélecteurs habituels (%1) ne contient de clé DKIM pour %2. Votre fournisseur utilise peut-être un autre sélecteur, ou les e-mails de %2 ne sont pas signés.</translation>
    </message>
    <message>
        <source>Find the selector in your provider&apos;s DKIM settings and run the check again with it.</source>
        <translation>Trouvez le sélecteur dans les paramètres DKIM de votre fournisseur et relancez la vérification avec ce sélecteur.</translation>
    </message>
    <message>
        <source>If DKIM is not set up, turn it on in your provider&apos;s dashboard and publish the record it gives.</source>
        <translation>Si DKIM n&apos;est pas configuré, activez-le dans le tableau de bord de votre fournisseur et publiez l&apos;enregistrement qu&apos;il indique.</translation>
    </message>
    <message>
        <source>The DKIM key for selector %1 is revoked</source>
        <translation>La clé DKIM du sélecteur %1 est révoquée</translation>
    </message>
    <message>
        <source>The record at %3 has an empty key (p=), which means the key was withdrawn. Mail still signed with selector %1 fails DKIM.</source>
        <translation>L&apos;enregistrement de %3 a une clé vide (p=), ce qui signifie que la clé a été retirée. Les e-mails encore signés avec le sélecteur %1 échouent à la vérification DKIM.</translation>
    </message>
    <message>
        <source>If your provider still signs with %1, publish its current key at %3.</source>
        <translation>Si votre fournisseur signe encore avec %1, publiez sa clé actuelle à %3.</translation>
    </message>
    <message>
        <source>If you moved to a new selector, make sure mail is signed with the new one.</source>
        <translation>Si vous êtes passé à un nouveau sélecteur, vérifiez que les e-mails sont bien signés avec ce nouveau sélecteur.</translation>
    </message>
    <message>
        <source>The DKIM key for selector %1 is only %4 bits</source>
        <translation>La clé DKIM du sélecteur %1 ne fait que %4 bits</translation>
    </message>
    <message>
        <source>Receivers ignore DKIM signatures made with RSA keys under 1024 bits, and 2048 bits is the recommended size (RFC 8301). Short keys can be broken.</source>
        <translation>Les serveurs destinataires ignorent les signatures DKIM faites avec des clés RSA de moins de 1024 bits, et la taille recommandée est de 2048 bits (RFC 8301). Les clés courtes peuvent être cassées.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key (provider dashboard or your server&apos;s DKIM tool).</source>
        <translation>Créez une nouvelle clé de 2048 bits (dans le tableau de bord du fournisseur ou avec l&apos;outil DKIM de votre serveur).</translation>
    </message>
    <message>
        <source>Publish it under a new selector and switch signing to it.</source>
        <translation>Publiez-la sous un nouveau sélecteur et faites signer les e-mails avec cette clé.</translation>
    </message>
    <message>
        <source>Then remove or empty the old record at %3.</source>
        <translation>Ensuite, supprimez ou videz l&apos;ancien enregistrement de %3.</translation>
    </message>
    <message>
        <source>DKIM for selector %1 is in testing mode (t=y)</source>
        <translation>DKIM pour le sélecteur %1 est en mode test (t=y)</translation>
    </message>
    <message>
        <source>The record at %3 carries t=y: receivers must treat your mail as if it were not signed, so the signature may count for nothing.</source>
        <translation>L&apos;enregistrement de %3 contient t=y&#xa0;: les serveurs destinataires doivent traiter vos e-mails comme s&apos;ils n&apos;étaient pas signés, et la signature peut donc ne compter pour rien.</translation>
    </message>
    <message>
        <source>Once signed mail verifies correctly, remove t=y from the record at %3 and keep the rest unchanged.</source>
        <translation>Une fois que les e-mails signés sont correctement vérifiés, retirez t=y de l&apos;enregistrement de %3 sans rien changer d&apos;autre.</translation>
    </message>
    <message>
        <source>The DKIM record for selector %1 is invalid</source>
        <translation>L&apos;enregistrement DKIM du sélecteur %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The record at %3 cannot be used: %4. Receivers cannot verify signatures made with selector %1.</source>
        <translation>L&apos;enregistrement de %3 est inutilisable&#xa0;: %4. Les serveurs destinataires ne peuvent pas vérifier les signatures faites avec le sélecteur %1.</translation>
    </message>
    <message>
        <source>Copy the record again exactly as your provider shows it; a key split into several strings must be joined with nothing in between.</source>
        <translation>Recopiez l&apos;enregistrement exactement tel que votre fournisseur l&apos;affiche&#xa0;; une clé découpée en plusieurs chaînes doit être recollée sans rien entre les morceaux.</translation>
    </message>
    <message>
        <source>Keep only one TXT record at %3.</source>
        <translation>Ne gardez qu&apos;un seul enregistrement TXT à %3.</translation>
    </message>
    <message>
        <source>Use your provider&apos;s &quot;verify&quot; button after the change.</source>
        <translation>Après la modification, utilisez le bouton de vérification (&quot;verify&quot;) de votre fournisseur.</translation>
    </message>
    <message>
        <source>DMARC policy for %1: %3</source>
        <translation>Politique DMARC de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>%2 asks receivers to %3 mail that claims to come from %1 but fails SPF and DKIM alignment (for %4% of such mail).</source>
        <translation>%2 demande aux serveurs destinataires d&apos;appliquer la politique %3 aux e-mails qui prétendent venir de %1 mais échouent à l&apos;alignement SPF et DKIM (pour %4&#xa0;% de ces e-mails).</translation>
    </message>
    <message>
        <source>DMARC for %1 only monitors (p=none)</source>
        <translation>DMARC pour %1 se contente de surveiller (p=none)</translation>
    </message>
    <message>
        <source>%2 publishes p=none: receivers send reports but deliver failing mail as usual. A good first step, not the last one.</source>
        <translation>%2 publie p=none&#xa0;: les serveurs destinataires envoient des rapports mais distribuent normalement les e-mails en échec. C&apos;est une bonne première étape, pas la dernière.</translation>
    </message>
    <message>
        <source>Make sure the record has rua=mailto:... and read the reports for a few weeks.</source>
        <translation>Vérifiez que l&apos;enregistrement contient rua=mailto:... et lisez les rapports pendant quelques semaines.</translation>
    </message>
    <message>
        <source>When all your legitimate mail passes SPF or DKIM, change p=none to p=quarantine at %2.</source>
        <translation>Quand tous vos e-mails légitimes passent SPF ou DKIM, remplacez p=none par p=quarantine à %2.</translation>
    </message>
    <message>
        <source>Later, move to p=reject.</source>
        <translation>Plus tard, passez à p=reject.</translation>
    </message>
    <message>
        <source>%1 has no DMARC policy</source>
        <translation>%1 n&apos;a pas de politique DMARC</translation>
    </message>
    <message>
        <source>There is no DMARC record at %2. Gmail, Yahoo and Microsoft increasingly require one, and without it receivers do not know what to do with mail forged in the name of %1.</source>
        <translation>Il n&apos;y a aucun enregistrement DMARC à %2. Gmail, Yahoo et Microsoft l&apos;exigent de plus en plus, et sans lui les serveurs destinataires ne savent pas quoi faire des e-mails falsifiés au nom de %1.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %2: v=DMARC1; p=none; rua=mailto:you@%1</source>
        <translation>Publiez un enregistrement TXT à %2&#xa0;: v=DMARC1; p=none; rua=mailto:vous@%1</translation>
    </message>
    <message>
        <source>Read the reports, then tighten the policy to quarantine.</source>
        <translation>Lisez les rapports, puis durcissez la politique en passant à quarantine.</translation>
    </message>
    <message>
        <source>%1 has %3 DMARC records</source>
        <translation>%1 a %3 enregistrements DMARC</translation>
    </message>
    <message>
        <source>%2 holds %3 records starting with v=DMARC1. With more than one, receivers apply no DMARC policy at all (RFC 7489 section 6.6.3).</source>
        <translation>%2 contient %3 enregistrements commençant par v=DMARC1. Quand il y en a plus d&apos;un, les serveurs destinataires n&apos;appliquent aucune politique DMARC (RFC 7489, section 6.6.3).</translation>
    </message>
    <message>
        <source>Merge them into one record at %2 and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement à %2 et supprimez les autres.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is invalid</source>
        <translation>L&apos;enregistrement DMARC de %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The record at %2 cannot be used as it is: %3. Receivers discard a record they cannot read, or treat it as p=none.</source>
        <translation>L&apos;enregistrement de %2 est inutilisable en l&apos;état&#xa0;: %3. Les serveurs destinataires ignorent un enregistrement qu&apos;ils ne peuvent pas lire, ou le traitent comme p=none.</translation>
    </message>
    <message>
        <source>Correct the record at %2; a minimal valid one is v=DMARC1; p=none; rua=mailto:you@%1</source>
        <translation>Corrigez l&apos;enregistrement de %2&#xa0;; un enregistrement minimal valide est v=DMARC1; p=none; rua=mailto:vous@%1</translation>
    </message>
    <message>
        <source>Addresses in rua= and ruf= must start with mailto:.</source>
        <translation>Les adresses de rua= et ruf= doivent commencer par mailto:.</translation>
    </message>
    <message>
        <source>The %2 record at %1 could not be looked up</source>
        <translation>La recherche de l&apos;enregistrement %2 de %1 a échoué</translation>
    </message>
    <message>
        <source>The DNS gave no usable answer for %1 (%3), so it is unknown whether a %2 record is published.</source>
        <translation>Le DNS n&apos;a pas donné de réponse exploitable pour %1 (%3)&#xa0;: on ne sait donc pas si un enregistrement %2 est publié.</translation>
    </message>
    <message>
        <source>If it keeps failing, ask your DNS host to check the zone and its DNSSEC signatures.</source>
        <translation>Si l&apos;échec persiste, demandez à votre hébergeur DNS de vérifier la zone et ses signatures DNSSEC.</translation>
    </message>
    <message>
        <source>%1 announces an MTA-STS policy</source>
        <translation>%1 annonce une politique MTA-STS</translation>
    </message>
    <message>
        <source>%1 publishes &quot;%2&quot; (RFC 8461): senders that support it require encrypted, verified connections to its mail servers. The policy file itself was not fetched.</source>
        <translation>%1 publie &quot;%2&quot; (RFC 8461)&#xa0;: les serveurs expéditeurs qui prennent en charge MTA-STS exigent des connexions chiffrées et vérifiées vers ses serveurs de messagerie. Le fichier de politique lui-même n&apos;a pas été téléchargé.</translation>
    </message>
    <message>
        <source>DANE records are published at %1</source>
        <translation>Des enregistrements DANE sont publiés à %1</translation>
    </message>
    <message>
        <source>%1 holds %2 TLSA record(s) (RFC 7672): senders that use DANE check the server&apos;s certificate against them. Keep them up to date when the certificate changes.</source>
        <translation>%1 contient %2 enregistrement(s) TLSA (RFC 7672)&#xa0;: les serveurs expéditeurs qui utilisent DANE comparent le certificat du serveur à ces enregistrements. Mettez-les à jour quand le certificat change.</translation>
    </message>
    <message>
        <source>%1 receives mail, but is not a server to send through</source>
        <translation>%1 reçoit des e-mails, mais ce n&apos;est pas un serveur par lequel envoyer</translation>
    </message>
    <message>
        <source>%1 has MX records (its mail goes to %2), and none of the ports %3 opens on it: it is a mail domain, not the server your program should send through.</source>
        <translation>%1 a des enregistrements MX (ses e-mails arrivent sur %2), et aucun des ports %3 n&apos;y est ouvert&#xa0;: c&apos;est un domaine de messagerie, pas le serveur par lequel votre logiciel doit envoyer les e-mails.</translation>
    </message>
    <message>
        <source>Look up your provider&apos;s SMTP server name in its help pages, or choose your provider in the list.</source>
        <translation>Cherchez le nom du serveur SMTP de votre fournisseur dans ses pages d&apos;aide, ou choisissez votre fournisseur dans la liste.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 uses an old TLS version</source>
        <translation>Le serveur %1, port %2, utilise une ancienne version de TLS</translation>
    </message>
    <message>
        <source>The connection was encrypted with %3. TLS 1.0 and 1.1 are broken and retired (RFC 8996): up-to-date programs refuse them.</source>
        <translation>La connexion a été chiffrée avec %3. TLS 1.0 et 1.1 sont cassés et abandonnés (RFC 8996)&#xa0;: les logiciels à jour les refusent.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable TLS 1.2 or 1.3.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;activer TLS 1.2 ou 1.3.</translation>
    </message>
    <message>
        <source>If it keeps failing, ask whoever runs this machine&apos;s DNS resolver, or try another resolver.</source>
        <translation>Si l&apos;échec persiste, contactez la personne qui gère le résolveur DNS de cette machine, ou essayez un autre résolveur.</translation>
    </message>
    <message>
        <source>Signed in to %1 port %2</source>
        <translation>Connexion au compte réussie sur %1, port %2</translation>
    </message>
    <message>
        <source>The server accepted the user name and password (%3).</source>
        <translation>Le serveur a accepté le nom d&apos;utilisateur et le mot de passe (%3).</translation>
    </message>
    <message>
        <source>The server on %1 port %2 offers no sign-in</source>
        <translation>Le serveur %1, port %2, ne propose aucune connexion au compte</translation>
    </message>
    <message>
        <source>Its EHLO reply has no AUTH line: this port does not take a user name and password. It may be a server-to-server port (25), or sign-in is switched off.</source>
        <translation>Sa réponse à EHLO ne contient pas de ligne AUTH&#xa0;: ce port n&apos;accepte pas de nom d&apos;utilisateur ni de mot de passe. Il s&apos;agit peut-être d&apos;un port réservé aux échanges entre serveurs (25), ou la connexion au compte est désactivée.</translation>
    </message>
    <message>
        <source>Use your provider&apos;s submission port: 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Utilisez le port d&apos;envoi de votre fournisseur&#xa0;: 587 avec STARTTLS ou 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>If the server should relay without a password, ask its administrator to allow this machine&apos;s address.</source>
        <translation>Si le serveur doit servir de relais sans mot de passe, demandez à son administrateur d&apos;autoriser l&apos;adresse de cette machine.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 takes a password only over encryption</source>
        <translation>Le serveur %1, port %2, n&apos;accepte de mot de passe que sur une connexion chiffrée</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted before it accepts a sign-in (RFC 3207, RFC 4954). %3</source>
        <translation>Le serveur exige que la connexion soit chiffrée avant d&apos;accepter la connexion au compte (RFC 3207, RFC 4954). %3</translation>
    </message>
    <message>
        <source>Choose STARTTLS on port 587, or SSL/TLS on port 465.</source>
        <translation>Choisissez STARTTLS sur le port 587, ou SSL/TLS sur le port 465.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 refused the user name or password</source>
        <translation>Le serveur %1, port %2, a refusé le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>The server said: %3</source>
        <translation>Le serveur a répondu&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check the user name (often the full e-mail address) and type the password again.</source>
        <translation>Vérifiez le nom d&apos;utilisateur (souvent l&apos;adresse e-mail complète) et saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>If the account uses two-step verification, create an app password and use it here.</source>
        <translation>Si le compte utilise la validation en deux étapes, créez un mot de passe d&apos;application et utilisez-le ici.</translation>
    </message>
    <message>
        <source>The provider wants an app password, not your normal password</source>
        <translation>Le fournisseur demande un mot de passe d&apos;application, pas votre mot de passe habituel</translation>
    </message>
    <message>
        <source>The server refused the sign-in because the account has two-step verification, or because the provider blocked a sign-in it found unusual: %3</source>
        <translation>Le serveur a refusé la connexion parce que le compte utilise la validation en deux étapes, ou parce que le fournisseur a bloqué une connexion qu&apos;il a jugée inhabituelle&#xa0;: %3</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings (Google: myaccount.google.com/apppasswords) and use it instead of your password.</source>
        <translation>Créez un mot de passe d&apos;application dans les paramètres de sécurité de votre compte (Google&#xa0;: myaccount.google.com/apppasswords) et utilisez-le à la place de votre mot de passe.</translation>
    </message>
    <message>
        <source>If the provider asks you to confirm the sign-in, log in once in a web browser and try again.</source>
        <translation>Si le fournisseur vous demande de confirmer la connexion, connectez-vous une fois à votre compte dans un navigateur web, puis réessayez.</translation>
    </message>
    <message>
        <source>Password sign-in is switched off for this account</source>
        <translation>La connexion par mot de passe est désactivée pour ce compte</translation>
    </message>
    <message>
        <source>The provider accepts no user name and password here (SMTP AUTH is disabled for the organisation or the mailbox, or basic authentication was retired): %3. The password itself may be right.</source>
        <translation>Le fournisseur n&apos;accepte pas de nom d&apos;utilisateur ni de mot de passe ici (SMTP AUTH est désactivé pour l&apos;organisation ou pour la boîte aux lettres, ou l&apos;authentification de base a été supprimée)&#xa0;: %3. Le mot de passe lui-même est peut-être correct.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to enable SMTP AUTH for this mailbox (aka.ms/smtp_auth_disabled), or switch to OAuth2.</source>
        <translation>Demandez à votre administrateur Microsoft 365 d&apos;activer SMTP AUTH pour cette boîte aux lettres (aka.ms/smtp_auth_disabled), ou passez à OAuth2.</translation>
    </message>
    <message>
        <source>Or send through the provider&apos;s API or a relay service instead.</source>
        <translation>Ou bien envoyez plutôt vos e-mails par l&apos;API du fournisseur ou par un service de relais.</translation>
    </message>
    <message>
        <source>No common way to sign in with %1 port %2</source>
        <translation>Aucune méthode de connexion commune avec %1, port %2</translation>
    </message>
    <message>
        <source>The server offers the sign-in methods %3, and none of them fits what was asked for or what SMTP Doctor can do with these credentials.</source>
        <translation>Le serveur propose les méthodes de connexion %3, et aucune ne correspond à ce qui a été demandé ou à ce que SMTP Doctor peut faire avec ces identifiants.</translation>
    </message>
    <message>
        <source>Let SMTP Doctor choose the method, or pick one the server offers.</source>
        <translation>Laissez SMTP Doctor choisir la méthode, ou choisissez-en une que le serveur propose.</translation>
    </message>
    <message>
        <source>The password was not sent: the connection is not encrypted</source>
        <translation>Le mot de passe n&apos;a pas été envoyé&#xa0;: la connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>Signing in to %1 port %2 (%3) would send the password readable by anyone on the way, so SMTP Doctor did not sign in.</source>
        <translation>Se connecter à %1, port %2 (%3), enverrait le mot de passe en clair, lisible par n&apos;importe qui sur le trajet&#xa0;: SMTP Doctor ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>Only on a network you trust: allow signing in without encryption (the checkbox, or --allow-cleartext-auth).</source>
        <translation>Uniquement sur un réseau de confiance&#xa0;: autorisez la connexion sans chiffrement (la case à cocher, ou --allow-cleartext-auth).</translation>
    </message>
    <message>
        <source>The test message was accepted by %1 port %2</source>
        <translation>Le message de test a été accepté par %1, port %2</translation>
    </message>
    <message>
        <source>The server took the message for delivery (%3). If it does not arrive, look in the spam folder and at the sender domain&apos;s records.</source>
        <translation>Le serveur a pris en charge le message pour le distribuer (%3). S&apos;il n&apos;arrive pas, regardez dans le dossier des spams et vérifiez les enregistrements du domaine d&apos;expédition.</translation>
    </message>
    <message>
        <source>The server refuses this sender address</source>
        <translation>Le serveur refuse cette adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <source>The From address is not one this account may send as: %3</source>
        <translation>Ce compte n&apos;a pas le droit d&apos;envoyer des e-mails avec cette adresse d&apos;expéditeur (From)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Send from the address of the account you sign in with, or from a domain your provider has verified.</source>
        <translation>Envoyez depuis l&apos;adresse du compte avec lequel vous vous connectez, ou depuis un domaine que votre fournisseur a vérifié.</translation>
    </message>
    <message>
        <source>Microsoft 365: give the account &quot;Send As&quot; permission for that address.</source>
        <translation>Microsoft 365&#xa0;: accordez au compte l&apos;autorisation &quot;Send As&quot; (Envoyer en tant que) pour cette adresse.</translation>
    </message>
    <message>
        <source>The server will not pass the message on to other domains</source>
        <translation>Le serveur refuse de transmettre le message à d&apos;autres domaines</translation>
    </message>
    <message>
        <source>It takes mail only for its own domains unless you sign in: %3</source>
        <translation>Il n&apos;accepte d&apos;e-mails que pour ses propres domaines, sauf si vous vous connectez&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sign in with a user name and password (on port 587 or 465).</source>
        <translation>Connectez-vous avec un nom d&apos;utilisateur et un mot de passe (sur le port 587 ou 465).</translation>
    </message>
    <message>
        <source>The server refuses the recipient address</source>
        <translation>Le serveur refuse l&apos;adresse du destinataire</translation>
    </message>
    <message>
        <source>The recipient does not exist or cannot receive mail: %3</source>
        <translation>Le destinataire n&apos;existe pas ou ne peut pas recevoir d&apos;e-mails&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing errors.</source>
        <translation>Vérifiez que l&apos;adresse du destinataire ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The server is limiting how much this account sends</source>
        <translation>Le serveur limite la quantité d&apos;e-mails envoyés par ce compte</translation>
    </message>
    <message>
        <source>The server refused for now because of the sending rate or volume: %3</source>
        <translation>Le serveur a refusé pour le moment en raison du rythme ou du volume d&apos;envoi&#xa0;: %3</translation>
    </message>
    <message>
        <source>Wait and try again later; check the provider&apos;s sending limits for your plan.</source>
        <translation>Patientez et réessayez plus tard&#xa0;; vérifiez les limites d&apos;envoi de votre formule auprès du fournisseur.</translation>
    </message>
    <message>
        <source>If a website sends many messages at once, spread them out or use a sending service.</source>
        <translation>Si un site web envoie beaucoup de messages à la fois, étalez les envois ou utilisez un service d&apos;envoi d&apos;e-mails.</translation>
    </message>
    <message>
        <source>The server starts refusing after %3 message(s)</source>
        <translation>Le serveur commence à refuser après %3 message(s)</translation>
    </message>
    <message>
        <source>Of the repeated test messages, the first %3 were accepted; from attempt %4 on the server refused for now because of the sending rate or volume: %5</source>
        <translation>Lors des envois répétés, le serveur a accepté %3 message(s) de test&#xa0;; à partir de la tentative %4, il a refusé pour le moment en raison du rythme ou du volume d&apos;envoi&#xa0;: %5</translation>
    </message>
    <message>
        <source>Check the provider&apos;s sending limits for your plan (messages per minute, hour or day) and stay under them.</source>
        <translation>Vérifiez les limites d&apos;envoi de votre formule auprès du fournisseur (messages par minute, par heure ou par jour) et restez en dessous.</translation>
    </message>
    <message>
        <source>The server asks to try again later (greylisting)</source>
        <translation>Le serveur demande de réessayer plus tard (liste grise)</translation>
    </message>
    <message>
        <source>A first attempt from an unknown sender is deferred on purpose; a real mail server tries again and gets through: %3</source>
        <translation>Une première tentative d&apos;un expéditeur inconnu est volontairement différée&#xa0;; un vrai serveur de messagerie réessaie et finit par passer&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing to fix: run the check again in a few minutes.</source>
        <translation>Rien à corriger&#xa0;: relancez la vérification dans quelques minutes.</translation>
    </message>
    <message>
        <source>The message was refused as spam or as unauthenticated</source>
        <translation>Le message a été refusé comme spam ou comme non authentifié</translation>
    </message>
    <message>
        <source>The server refused the content or the sender&apos;s authentication (SPF, DKIM, DMARC): %3</source>
        <translation>Le serveur a refusé le contenu ou l&apos;authentification de l&apos;expéditeur (SPF, DKIM, DMARC)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check the sender domain&apos;s records (the domain records step): SPF, DKIM and DMARC must pass.</source>
        <translation>Vérifiez les enregistrements du domaine d&apos;expédition (étape Enregistrements du domaine)&#xa0;: SPF, DKIM et DMARC doivent réussir.</translation>
    </message>
    <message>
        <source>The message is larger than the server takes</source>
        <translation>Le message est plus volumineux que ce qu&apos;accepte le serveur</translation>
    </message>
    <message>
        <source>The server refused the message for its size: %3</source>
        <translation>Le serveur a refusé le message en raison de sa taille&#xa0;: %3</translation>
    </message>
    <message>
        <source>Send smaller messages, or attachments as links.</source>
        <translation>Envoyez des messages plus légers, ou remplacez les pièces jointes par des liens.</translation>
    </message>
    <message>
        <source>Both connections work</source>
        <translation>Les deux connexions fonctionnent</translation>
    </message>
    <message>
        <source>The main connection (%1) and the backup connection (%2) both work.</source>
        <translation>La connexion principale (%1) et la connexion de secours (%2) fonctionnent toutes les deux.</translation>
    </message>
    <message>
        <source>Keep the backup settings at hand: if the main connection ever fails, switching to them is enough.</source>
        <translation>Gardez les paramètres de secours sous la main&#xa0;: si la connexion principale cesse un jour de fonctionner, il suffira de passer à ces paramètres.</translation>
    </message>
    <message>
        <source>Only the backup connection works</source>
        <translation>Seule la connexion de secours fonctionne</translation>
    </message>
    <message>
        <source>The main connection (%1) does not work, but the backup connection (%2) does.</source>
        <translation>La connexion principale (%1) ne fonctionne pas, mais la connexion de secours (%2) fonctionne.</translation>
    </message>
    <message>
        <source>Switch your application&apos;s mail settings to the backup connection: %2.</source>
        <translation>Remplacez les paramètres d&apos;envoi de votre application par ceux de la connexion de secours&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The main connection&apos;s own findings say what is wrong with it, for the provider or your network administrator.</source>
        <translation>Les constats propres à la connexion principale indiquent ce qui ne va pas, à l&apos;intention du fournisseur ou de votre administrateur réseau.</translation>
    </message>
    <message>
        <source>Only the main connection works</source>
        <translation>Seule la connexion principale fonctionne</translation>
    </message>
    <message>
        <source>The main connection (%1) works; the backup connection (%2) does not.</source>
        <translation>La connexion principale (%1) fonctionne&#xa0;; la connexion de secours (%2) ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Keep the main settings. Do not count on the backup until its own findings are solved.</source>
        <translation>Gardez les paramètres principaux. Ne comptez pas sur la connexion de secours tant que ses propres problèmes ne sont pas résolus.</translation>
    </message>
    <message>
        <source>Neither connection works</source>
        <translation>Aucune des deux connexions ne fonctionne</translation>
    </message>
    <message>
        <source>Neither the main connection (%1) nor the backup connection (%2) works.</source>
        <translation>Ni la connexion principale (%1) ni la connexion de secours (%2) ne fonctionnent.</translation>
    </message>
    <message>
        <source>Each connection&apos;s findings say where it stops; solve the first problem of the one you want to keep.</source>
        <translation>Les constats de chaque connexion indiquent où elle s&apos;arrête&#xa0;; résolvez le premier problème de celle que vous voulez garder.</translation>
    </message>
    <message>
        <source>The server cannot take this non-ASCII address</source>
        <translation>Le serveur ne peut pas prendre en charge cette adresse non ASCII</translation>
    </message>
    <message>
        <source>The address %3 has accents or other non-ASCII letters before the @. Only a server that offers SMTPUTF8 can carry such an address, and this one does not offer it.</source>
        <translation>L&apos;adresse %3 contient des accents ou d&apos;autres caractères non ASCII avant le @. Seul un serveur qui propose SMTPUTF8 peut acheminer une telle adresse, et celui-ci ne le propose pas.</translation>
    </message>
    <message>
        <source>Use a plain ASCII address for sending, or an alias of it.</source>
        <translation>Envoyez depuis une adresse en caractères ASCII simples, ou depuis un alias de cette adresse.</translation>
    </message>
    <message>
        <source>Ask the mail provider whether it supports internationalized addresses (SMTPUTF8).</source>
        <translation>Demandez au fournisseur de messagerie s&apos;il prend en charge les adresses internationalisées (SMTPUTF8).</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>Le serveur a refusé le message de test</translation>
    </message>
    <message>
        <source>The server gave a reply that SMTP Doctor does not know how to explain, so here are its own words: %3</source>
        <translation>Le serveur a donné une réponse que SMTP Doctor ne sait pas expliquer&#xa0;; la voici telle quelle&#xa0;: %3</translation>
    </message>
    <message>
        <source>Send this report to the mail provider: the reply above says why.</source>
        <translation>Envoyez ce rapport au fournisseur de messagerie&#xa0;: la réponse ci-dessus en donne la raison.</translation>
    </message>
    <message>
        <source>%1 points to %3&apos;s web proxy</source>
        <translation>%1 pointe vers le proxy web de %3</translation>
    </message>
    <message>
        <source>%1 has the address %2, which belongs to %3. Its proxy passes web traffic only: connections to mail ports time out. The DNS record was probably left &quot;proxied&quot; (orange cloud).</source>
        <translation>%1 a l&apos;adresse %2, qui appartient à %3. Son proxy ne laisse passer que le trafic web&#xa0;: les connexions aux ports de messagerie expirent. L&apos;enregistrement DNS a probablement été laissé en mode &quot;proxied&quot; (nuage orange).</translation>
    </message>
    <message>
        <source>In %3&apos;s DNS settings, set the record of %1 to &quot;DNS only&quot; (grey cloud).</source>
        <translation>Dans les paramètres DNS de %3, passez l&apos;enregistrement de %1 en &quot;DNS only&quot; (DNS uniquement, nuage gris).</translation>
    </message>
    <message>
        <source>Use a separate, unproxied name for the mail server, such as mail.&lt;your domain&gt;.</source>
        <translation>Utilisez pour le serveur de messagerie un nom distinct, qui ne passe pas par le proxy, par exemple mail.&lt;votre domaine&gt;.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures of %1 do not verify</source>
        <translation>Les signatures DNSSEC de %1 ne sont pas valides</translation>
    </message>
    <message>
        <source>The answer for %1 is signed, but the signatures do not match (%3). Validating resolvers refuse such answers, so for many senders the name does not exist at all.</source>
        <translation>La réponse pour %1 est signée, mais les signatures ne correspondent pas (%3). Les résolveurs qui valident DNSSEC refusent ces réponses&#xa0;: pour de nombreux serveurs expéditeurs, le nom n&apos;existe donc pas du tout.</translation>
    </message>
    <message>
        <source>Ask whoever hosts the DNS zone to re-sign it, or to fix the DS record at the registrar.</source>
        <translation>Demandez à l&apos;hébergeur de la zone DNS de la signer à nouveau, ou de corriger l&apos;enregistrement DS chez le bureau d&apos;enregistrement (registrar).</translation>
    </message>
    <message>
        <source>DNSSEC could not be checked through this resolver</source>
        <translation>DNSSEC n&apos;a pas pu être vérifié avec ce résolveur</translation>
    </message>
    <message>
        <source>The DNS resolver in use does not pass the DNSSEC signatures along, so whether %1 is correctly signed cannot be told from here.</source>
        <translation>Le résolveur DNS utilisé ne transmet pas les signatures DNSSEC&#xa0;: il est donc impossible de savoir d&apos;ici si %1 est correctement signé.</translation>
    </message>
    <message>
        <source>To check DNSSEC, run the check with a validating resolver.</source>
        <translation>Pour vérifier DNSSEC, relancez la vérification avec un résolveur qui valide DNSSEC.</translation>
    </message>
    <message>
        <source>This machine&apos;s DNS and %2 disagree about %1</source>
        <translation>Le DNS de cette machine et %2 ne sont pas d&apos;accord sur %1</translation>
    </message>
    <message>
        <source>The system&apos;s resolver answers %3 for %1, the chosen DNS server %2 answers %4. Programs on this machine use the system&apos;s answer, so they may reach another server than the one checked here.</source>
        <translation>Le résolveur du système répond %3 pour %1, le serveur DNS choisi %2 répond %4. Les programmes de cette machine utilisent la réponse du système&#xa0;: ils peuvent donc joindre un autre serveur que celui vérifié ici.</translation>
    </message>
    <message>
        <source>Look for an old entry for %1 in this machine&apos;s hosts file (/etc/hosts).</source>
        <translation>Cherchez une ancienne entrée pour %1 dans le fichier hosts de cette machine (/etc/hosts).</translation>
    </message>
    <message>
        <source>Otherwise the local network&apos;s DNS gives its own answer (split-horizon DNS, a filter): ask its administrator which is right.</source>
        <translation>Sinon, le DNS du réseau local donne sa propre réponse (DNS à vue partagée, filtre)&#xa0;: demandez à son administrateur laquelle est la bonne.</translation>
    </message>
    <message>
        <source>Port %2 on %1 accepts connections</source>
        <translation>Le port %2 de %1 accepte les connexions</translation>
    </message>
    <message>
        <source>A TCP connection to %1 port %2 succeeded in %3 ms.</source>
        <translation>Une connexion TCP vers %1, port %2, a réussi en %3 ms.</translation>
    </message>
    <message>
        <source>Port %2 on %1 refused the connection</source>
        <translation>Le port %2 de %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>The machine at %1 answered, but nothing listens on port %2, or a firewall there rejects the connection (a TCP reset).</source>
        <translation>La machine %1 a répondu, mais aucun service n&apos;écoute sur le port %2, ou un pare-feu de ce côté rejette la connexion (TCP reset).</translation>
    </message>
    <message>
        <source>Check the port number: submission is usually 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation>Vérifiez le numéro de port&#xa0;: l&apos;envoi de messages se fait généralement sur le port 587 (STARTTLS) ou 465 (SSL/TLS).</translation>
    </message>
    <message>
        <source>If the port is right, the mail server is down or does not offer this port: ask its administrator.</source>
        <translation>Si le port est correct, le serveur de messagerie est en panne ou ne propose pas ce port&#xa0;: contactez son administrateur.</translation>
    </message>
    <message>
        <source>No answer from port %2 on %1</source>
        <translation>Aucune réponse du port %2 de %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 got no answer at all within %3 ms. Somewhere on the way a firewall silently drops the connection: often the web host blocks outgoing mail ports, sometimes the server&apos;s own firewall.</source>
        <translation>La connexion à %1, port %2, n&apos;a reçu aucune réponse dans un délai de %3 ms. Quelque part sur le trajet, un pare-feu bloque la connexion sans rien signaler&#xa0;: souvent, c&apos;est l&apos;hébergeur du site qui bloque les ports d&apos;envoi d&apos;e-mails sortants, parfois le pare-feu du serveur lui-même.</translation>
    </message>
    <message>
        <source>Ask your hosting provider whether outgoing connections to port %2 are allowed, and to open them if not.</source>
        <translation>Demandez à votre hébergeur si les connexions sortantes vers le port %2 sont autorisées et, sinon, de les ouvrir.</translation>
    </message>
    <message>
        <source>Try another submission port (587, 465 or 2525).</source>
        <translation>Essayez un autre port d&apos;envoi (587, 465 ou 2525).</translation>
    </message>
    <message>
        <source>%1 port %2 failed in %3 of %4 attempts</source>
        <translation>%1, port %2&#xa0;: échec de %3 tentative(s) sur %4</translation>
    </message>
    <message>
        <source>The same connection, repeated, does not always work: %5. A mail program that meets one of these failures reports an error, and the next try may work: this is why mail works only sometimes.</source>
        <translation>La même connexion, répétée, ne fonctionne pas à chaque fois&#xa0;: %5. Un logiciel de messagerie qui tombe sur l&apos;un de ces échecs signale une erreur, et l&apos;essai suivant peut réussir&#xa0;: voilà pourquoi l&apos;envoi d&apos;e-mails ne fonctionne que parfois.</translation>
    </message>
    <message>
        <source>Send this report to the mail provider or the server&apos;s administrator: it shows which attempts failed, when and how.</source>
        <translation>Envoyez ce rapport au fournisseur de messagerie ou à l&apos;administrateur du serveur&#xa0;: il montre quelles tentatives ont échoué, quand et comment.</translation>
    </message>
    <message>
        <source>Ask whether a firewall, a connection limit per address or an overloaded server is in the way (refused or dropped connections, closed greetings).</source>
        <translation>Demandez si un pare-feu, une limite de connexions par adresse ou un serveur surchargé fait obstacle (connexions refusées ou abandonnées sans réponse, connexions fermées au lieu du message d&apos;accueil).</translation>
    </message>
    <message>
        <source>Make your application queue mail and retry (a local relay does), so that one failed attempt loses no message.</source>
        <translation>Faites en sorte que votre application mette les e-mails en file d&apos;attente et réessaie (c&apos;est ce que fait un relais local), afin qu&apos;une tentative échouée ne fasse perdre aucun message.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 takes %3 ms to greet</source>
        <translation>Le serveur %1, port %2, met %3 ms à envoyer son message d&apos;accueil</translation>
    </message>
    <message>
        <source>Connecting takes %4 ms, but the SMTP greeting comes only after %3 ms (median of the attempts). Servers delay the greeting on purpose against spam (tarpitting, greet-pause) or because they are overloaded; a mail program with a short timeout gives up before it comes.</source>
        <translation>La connexion prend %4 ms, mais le message d&apos;accueil SMTP n&apos;arrive qu&apos;après %3 ms (médiane des tentatives). Certains serveurs retardent volontairement leur message d&apos;accueil pour lutter contre le spam (tarpitting, greet-pause), ou parce qu&apos;ils sont surchargés&#xa0;; un logiciel de messagerie dont le délai d&apos;attente est court abandonne avant son arrivée.</translation>
    </message>
    <message>
        <source>Set your mail program&apos;s SMTP timeout to 30 seconds or more.</source>
        <translation>Réglez le délai d&apos;attente SMTP de votre logiciel de messagerie sur 30 secondes ou plus.</translation>
    </message>
    <message>
        <source>If the delay is long or growing, ask the provider whether the server is overloaded or holds back connections from your address.</source>
        <translation>Si le délai est long ou s&apos;allonge, demandez au fournisseur si le serveur est surchargé ou s&apos;il ralentit les connexions venant de votre adresse.</translation>
    </message>
    <message>
        <source>%1 cannot be reached</source>
        <translation>%1 est injoignable</translation>
    </message>
    <message>
        <source>This machine has no route to %1 (%3): the network refused to carry the connection before it reached the server.</source>
        <translation>Cette machine n&apos;a pas de route vers %1 (%3)&#xa0;: le réseau a refusé d&apos;acheminer la connexion avant qu&apos;elle n&apos;atteigne le serveur.</translation>
    </message>
    <message>
        <source>If this is an IPv6 address, this machine may have no working IPv6: use the server&apos;s IPv4 address or name instead.</source>
        <translation>S&apos;il s&apos;agit d&apos;une adresse IPv6, cette machine n&apos;a peut-être pas d&apos;accès IPv6 qui fonctionne&#xa0;: utilisez plutôt l&apos;adresse IPv4 ou le nom du serveur.</translation>
    </message>
    <message>
        <source>Check the network connection and any firewall on this machine.</source>
        <translation>Vérifiez la connexion réseau et l&apos;éventuel pare-feu de cette machine.</translation>
    </message>
    <message>
        <source>%3 does not work for %1, %4 does</source>
        <translation>%3 ne fonctionne pas pour %1, %4 fonctionne</translation>
    </message>
    <message>
        <source>On port(s) %2, the server&apos;s %4 address answers but its %3 address does not. Programs that try %3 first (PHP, many mailers) wait until they time out, and mail fails only on some machines.</source>
        <translation>Sur le ou les ports %2, l&apos;adresse %4 du serveur répond, mais pas son adresse %3. Les logiciels qui essaient d&apos;abord %3 (PHP, de nombreux logiciels d&apos;envoi d&apos;e-mails) attendent jusqu&apos;à l&apos;expiration du délai, et l&apos;envoi n&apos;échoue que sur certaines machines.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator (or your host, for this machine&apos;s %3 route) to fix %3, or to remove the %3 DNS record until it works.</source>
        <translation>Demandez à l&apos;administrateur du serveur (ou à votre hébergeur, pour la route %3 de cette machine) de corriger la connectivité %3, ou de retirer l&apos;enregistrement DNS %3 tant qu&apos;elle ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Meanwhile, make your mail program use %4 only, for example by entering the server&apos;s %4 address.</source>
        <translation>En attendant, faites en sorte que votre logiciel de messagerie utilise uniquement %4, par exemple en saisissant l&apos;adresse %4 du serveur.</translation>
    </message>
    <message>
        <source>This network blocks outgoing port %2</source>
        <translation>Ce réseau bloque le port %2 en sortie</translation>
    </message>
    <message>
        <source>Port %2 fails towards %1 and towards the reference host %3, which always answers on it. The block is on this side: this machine&apos;s firewall, the hosting provider or the local network stops outgoing mail traffic.</source>
        <translation>Le port %2 échoue vers %1 et vers l&apos;hôte de référence %3, qui répond pourtant toujours sur ce port. Le blocage est de ce côté-ci&#xa0;: le pare-feu de cette machine, l&apos;hébergeur ou le réseau local arrête le trafic de messagerie sortant.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or network administrator to allow outgoing connections to port %2.</source>
        <translation>Demandez à votre hébergeur ou à votre administrateur réseau d&apos;autoriser les connexions sortantes vers le port %2.</translation>
    </message>
    <message>
        <source>If another port works (see the other findings), switch to it: 465 with SSL/TLS, or 2525 where your provider offers it.</source>
        <translation>Si un autre port fonctionne (voir les autres constats), passez à ce port&#xa0;: 465 avec SSL/TLS, ou 2525 si votre fournisseur le propose.</translation>
    </message>
    <message>
        <source>%1 does not answer on port %2, though this network can reach it</source>
        <translation>%1 ne répond pas sur le port %2, que ce réseau laisse pourtant passer</translation>
    </message>
    <message>
        <source>The reference host %3 answers on port %2, so this network lets the traffic out; %1 does not answer at all. The server is down, or a firewall in front of it drops this machine&apos;s connections.</source>
        <translation>L&apos;hôte de référence %3 répond sur le port %2&#xa0;: ce réseau laisse donc sortir le trafic&#xa0;; %1, lui, ne répond pas du tout. Le serveur est en panne, ou un pare-feu placé devant lui bloque les connexions de cette machine sans rien signaler.</translation>
    </message>
    <message>
        <source>Check the server name and port with your mail provider.</source>
        <translation>Vérifiez le nom du serveur et le port auprès de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>Send this report to the mail provider: their server or their firewall does not answer.</source>
        <translation>Envoyez ce rapport au fournisseur de messagerie&#xa0;: son serveur ou son pare-feu ne répond pas.</translation>
    </message>
    <message>
        <source>Only web traffic gets out of this network</source>
        <translation>Seul le trafic web sort de ce réseau</translation>
    </message>
    <message>
        <source>No SMTP port (%2) answers, neither on %1 nor on the reference host %3, but HTTPS (port 443) does. Many web hosts block every mail port.</source>
        <translation>Aucun port SMTP (%2) ne répond, ni sur %1 ni sur l&apos;hôte de référence %3, mais HTTPS (port 443) répond. De nombreux hébergeurs bloquent tous les ports de messagerie.</translation>
    </message>
    <message>
        <source>Send mail through your provider&apos;s HTTP API instead of SMTP (SendGrid, Mailgun, Amazon SES, Brevo, Postmark... all offer one, and mail plugins support them).</source>
        <translation>Envoyez les e-mails par l&apos;API HTTP de votre fournisseur plutôt que par SMTP (SendGrid, Mailgun, Amazon SES, Brevo, Postmark... en proposent tous une, et les extensions d&apos;envoi d&apos;e-mails les prennent en charge).</translation>
    </message>
    <message>
        <source>Or ask your host to open an SMTP port for you.</source>
        <translation>Ou demandez à votre hébergeur de vous ouvrir un port SMTP.</translation>
    </message>
    <message>
        <source>The reference host %1 could not be reached</source>
        <translation>L&apos;hôte de référence %1 est injoignable</translation>
    </message>
    <message>
        <source>SMTP Doctor compares the server with a reference host that answers on every port. %1 did not answer at all, so a block on this side cannot be told from a problem at the server.</source>
        <translation>SMTP Doctor compare le serveur avec un hôte de référence qui répond sur tous les ports. %1 n&apos;a pas répondu du tout&#xa0;: il est donc impossible de distinguer un blocage de ce côté-ci d&apos;un problème au niveau du serveur.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s Internet connection, or choose another reference host.</source>
        <translation>Vérifiez la connexion Internet de cette machine, ou choisissez un autre hôte de référence.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 greets as a mail server</source>
        <translation>Le serveur %1, port %2, se présente comme un serveur de messagerie</translation>
    </message>
    <message>
        <source>The server sent its SMTP greeting: %3</source>
        <translation>Le serveur a envoyé son message d&apos;accueil SMTP&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server on %1 port %2 connects but never greets</source>
        <translation>Le serveur %1, port %2, accepte la connexion mais n&apos;envoie jamais de message d&apos;accueil</translation>
    </message>
    <message>
        <source>The connection was accepted, but no SMTP greeting came within %3 ms. Either the port expects encryption from the first byte (SSL/TLS), or the server is overloaded or deliberately slow.</source>
        <translation>La connexion a été acceptée, mais aucun message d&apos;accueil SMTP n&apos;est arrivé dans un délai de %3 ms. Soit le port attend un chiffrement dès le premier octet (SSL/TLS), soit le serveur est surchargé ou volontairement lent.</translation>
    </message>
    <message>
        <source>If you chose None or STARTTLS on port 465, choose SSL/TLS instead.</source>
        <translation>Si vous avez choisi Aucun ou STARTTLS sur le port 465, choisissez plutôt SSL/TLS.</translation>
    </message>
    <message>
        <source>Otherwise try again later, or ask the server&apos;s administrator.</source>
        <translation>Sinon, réessayez plus tard ou contactez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 refuses to serve you</source>
        <translation>Le serveur %1, port %2, refuse de vous servir</translation>
    </message>
    <message>
        <source>The server greeted with a refusal: %3. It does not accept mail from this machine&apos;s address at all, often because of a blocklist.</source>
        <translation>Le serveur a répondu par un refus dès son message d&apos;accueil&#xa0;: %3. Il n&apos;accepte aucun e-mail venant de l&apos;adresse de cette machine, souvent à cause d&apos;une liste de blocage.</translation>
    </message>
    <message>
        <source>Send the server&apos;s own words above to the mail provider and ask why this address is refused.</source>
        <translation>Envoyez au fournisseur de messagerie la réponse exacte du serveur, citée ci-dessus, et demandez-lui pourquoi cette adresse est refusée.</translation>
    </message>
    <message>
        <source>Check whether this machine&apos;s public address is on a blocklist.</source>
        <translation>Vérifiez si l&apos;adresse publique de cette machine figure sur une liste de blocage.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 refuses to go on after the greeting</source>
        <translation>Le serveur %1, port %2, refuse de continuer après son message d&apos;accueil</translation>
    </message>
    <message>
        <source>The server greeted, then refused the client&apos;s introduction (EHLO and HELO): %3. A reply starting with 421 means that it is overloaded or shutting down and closes the connection; a 5xx reply means that it refuses this client.</source>
        <translation>Le serveur a envoyé son message d&apos;accueil, puis a refusé la présentation du client (EHLO et HELO)&#xa0;: %3. Une réponse commençant par 421 signifie qu&apos;il est surchargé ou en cours d&apos;arrêt et qu&apos;il ferme la connexion&#xa0;; une réponse 5xx signifie qu&apos;il refuse ce client.</translation>
    </message>
    <message>
        <source>If the reply starts with 4, try again in a few minutes: the refusal is temporary.</source>
        <translation>Si la réponse commence par 4, réessayez dans quelques minutes&#xa0;: le refus est temporaire.</translation>
    </message>
    <message>
        <source>Send the server&apos;s own words above to the mail provider and ask why the session is refused.</source>
        <translation>Envoyez au fournisseur de messagerie la réponse exacte du serveur, citée ci-dessus, et demandez-lui pourquoi la session est refusée.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 closed the session for now</source>
        <translation>Le serveur %1, port %2, a fermé la session pour le moment</translation>
    </message>
    <message>
        <source>In the middle of the session the server answered %3 and closed the connection (421): it is overloaded, restarting or limiting connections. This says nothing about the sender, the recipient or the password.</source>
        <translation>Au milieu de la session, le serveur a répondu %3 et a fermé la connexion (421)&#xa0;: il est surchargé, en cours de redémarrage ou limite les connexions. Cela ne dit rien de l&apos;expéditeur, du destinataire ni du mot de passe.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the refusal is temporary.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: le refus est temporaire.</translation>
    </message>
    <message>
        <source>If it keeps happening, send the server&apos;s own words above to the mail provider.</source>
        <translation>Si cela se reproduit, envoyez au fournisseur de messagerie la réponse exacte du serveur, citée ci-dessus.</translation>
    </message>
    <message>
        <source>Port %2 on %1 does not speak SMTP</source>
        <translation>Le port %2 de %1 ne parle pas SMTP</translation>
    </message>
    <message>
        <source>Something answered on this port, but not with an SMTP greeting: %3</source>
        <translation>Quelque chose a répondu sur ce port, mais pas avec un message d&apos;accueil SMTP&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check the host and port: this may be a web or another service&apos;s port.</source>
        <translation>Vérifiez l&apos;hôte et le port&#xa0;: il s&apos;agit peut-être du port d&apos;un serveur web ou d&apos;un autre service.</translation>
    </message>
    <message>
        <source>Another server answers for %1 on port %2</source>
        <translation>Un autre serveur répond à la place de %1 sur le port %2</translation>
    </message>
    <message>
        <source>The greeting names %3, which does not belong to %1. Something between you and the server answers in its place: often the hosting provider redirects outgoing mail to its own relay, or an antivirus inspects it.</source>
        <translation>Le message d&apos;accueil indique %3, qui n&apos;appartient pas à %1. Quelque chose entre vous et le serveur répond à sa place&#xa0;: souvent, l&apos;hébergeur redirige les e-mails sortants vers son propre relais, ou un antivirus les inspecte.</translation>
    </message>
    <message>
        <source>Ask your hosting provider whether it intercepts outgoing SMTP, and how to reach your mail provider directly (often another port, such as 465).</source>
        <translation>Demandez à votre hébergeur s&apos;il intercepte le trafic SMTP sortant, et comment joindre directement votre fournisseur de messagerie (souvent par un autre port, comme 465).</translation>
    </message>
    <message>
        <source>Do not send your mail password through this connection until you know who %3 is.</source>
        <translation>N&apos;envoyez pas le mot de passe de votre messagerie par cette connexion tant que vous ne savez pas qui est %3.</translation>
    </message>
    <message>
        <source>Sign-in methods offered by %1</source>
        <translation>Méthodes de connexion proposées par %1</translation>
    </message>
    <message>
        <source>Each port that answered lists the sign-in methods it accepts (after STARTTLS where it was used): %2. PLAIN and LOGIN send the password itself, so they belong inside encryption only.</source>
        <translation>Chaque port qui a répondu indique les méthodes de connexion qu&apos;il accepte (après STARTTLS quand il a été utilisé)&#xa0;: %2. PLAIN et LOGIN envoient le mot de passe lui-même&#xa0;: ils ne doivent servir que dans une connexion chiffrée.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 stopped answering</source>
        <translation>Le serveur %1, port %2, a cessé de répondre</translation>
    </message>
    <message>
        <source>The server greeted, then gave no reply within %3 ms or closed the connection in the middle of the dialogue.</source>
        <translation>Le serveur a envoyé son message d&apos;accueil, puis n&apos;a plus répondu dans un délai de %3 ms ou a fermé la connexion au milieu de l&apos;échange.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, send this report to the server&apos;s administrator.</source>
        <translation>Relancez la vérification&#xa0;; si le problème persiste, envoyez ce rapport à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 sent a reply that breaks SMTP</source>
        <translation>Le serveur %1, port %2, a envoyé une réponse qui ne respecte pas SMTP</translation>
    </message>
    <message>
        <source>A reply did not follow the SMTP rules (RFC 5321): %3. A device on the way may be tampering with the connection.</source>
        <translation>Une réponse ne respectait pas les règles de SMTP (RFC 5321)&#xa0;: %3. Un équipement sur le trajet modifie peut-être la connexion.</translation>
    </message>
    <message>
        <source>Send this report to the server&apos;s administrator or to your network&apos;s administrator.</source>
        <translation>Envoyez ce rapport à l&apos;administrateur du serveur ou à celui de votre réseau.</translation>
    </message>
    <message>
        <source>Encryption works on %1 port %2</source>
        <translation>Le chiffrement fonctionne sur %1, port %2</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded: %3.</source>
        <translation>La négociation TLS a réussi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The encryption handshake with %1 port %2 failed</source>
        <translation>La négociation du chiffrement avec %1, port %2, a échoué</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete: %3. Often the security setting does not match the port: 465 expects SSL/TLS, 587 expects STARTTLS.</source>
        <translation>La négociation TLS n&apos;a pas abouti&#xa0;: %3. Souvent, le réglage de chiffrement ne correspond pas au port&#xa0;: le port 465 attend SSL/TLS, le port 587 attend STARTTLS.</translation>
    </message>
    <message>
        <source>Check the pair of port and encryption: 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation>Vérifiez que le port et le chiffrement vont ensemble&#xa0;: 587 avec STARTTLS, ou 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>Port %2 on %1 expects STARTTLS, not SSL/TLS</source>
        <translation>Le port %2 de %1 attend STARTTLS, pas SSL/TLS</translation>
    </message>
    <message>
        <source>SSL/TLS (encryption from the first byte) was chosen, but this port greets in plain text and offers encryption afterwards with STARTTLS. Mail programs then report &quot;wrong version number&quot; or &quot;unknown protocol&quot;.</source>
        <translation>SSL/TLS (chiffrement dès le premier octet) a été choisi, mais ce port envoie son message d&apos;accueil en clair et propose ensuite le chiffrement avec STARTTLS. Les logiciels de messagerie signalent alors &quot;wrong version number&quot; ou &quot;unknown protocol&quot;.</translation>
    </message>
    <message>
        <source>Choose STARTTLS for port %2 (or use port 465 with SSL/TLS).</source>
        <translation>Choisissez STARTTLS pour le port %2 (ou utilisez le port 465 avec SSL/TLS).</translation>
    </message>
    <message>
        <source>Port %2 on %1 expects SSL/TLS from the start</source>
        <translation>Le port %2 de %1 attend SSL/TLS dès le départ</translation>
    </message>
    <message>
        <source>The port stayed silent when spoken to in plain text, but a TLS handshake on it succeeds: it expects encryption from the first byte. Mail programs then wait for a greeting that never comes, until they time out.</source>
        <translation>Le port est resté muet quand on lui a parlé en clair, mais une négociation TLS y réussit&#xa0;: il attend un chiffrement dès le premier octet. Les logiciels de messagerie attendent alors un message d&apos;accueil qui n&apos;arrive jamais, jusqu&apos;à l&apos;expiration du délai.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port %2 (or use port 587 with STARTTLS).</source>
        <translation>Choisissez SSL/TLS pour le port %2 (ou utilisez le port 587 avec STARTTLS).</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 matches its DANE records</source>
        <translation>Le certificat de %1, port %2, correspond à ses enregistrements DANE</translation>
    </message>
    <message>
        <source>The certificate the server presented matches the published TLSA record %3 (RFC 7672): senders that use DANE will trust it.</source>
        <translation>Le certificat présenté par le serveur correspond à l&apos;enregistrement TLSA publié %3 (RFC 7672)&#xa0;: les serveurs expéditeurs qui utilisent DANE lui feront confiance.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 does not match its DANE records</source>
        <translation>Le certificat de %1, port %2, ne correspond pas à ses enregistrements DANE</translation>
    </message>
    <message>
        <source>TLSA records are published for this server, but none matches the certificate it presents. Senders that use DANE refuse to deliver to it; usually the certificate was renewed and the TLSA record was not updated.</source>
        <translation>Des enregistrements TLSA sont publiés pour ce serveur, mais aucun ne correspond au certificat qu&apos;il présente. Les serveurs expéditeurs qui utilisent DANE refusent de lui remettre du courrier&#xa0;; le plus souvent, le certificat a été renouvelé sans mise à jour de l&apos;enregistrement TLSA.</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the new certificate (keep the old one until caches expire), or remove the stale records.</source>
        <translation>Publiez un enregistrement TLSA pour le nouveau certificat (gardez l&apos;ancien jusqu&apos;à l&apos;expiration des caches), ou supprimez les enregistrements périmés.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 is not trusted</source>
        <translation>Le certificat de %1, port %2, n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this machine trusts: %3. Something may be intercepting the connection.</source>
        <translation>Le certificat du serveur n&apos;est pas signé par une autorité à laquelle cette machine fait confiance&#xa0;: %3. Quelque chose intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Check whether an antivirus or a company proxy inspects mail traffic.</source>
        <translation>Vérifiez si un antivirus ou un proxy d&apos;entreprise inspecte le trafic de messagerie.</translation>
    </message>
    <message>
        <source>Ask the mail provider which certificate authority it uses.</source>
        <translation>Demandez au fournisseur de messagerie quelle autorité de certification il utilise.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 is self-signed</source>
        <translation>Le certificat de %1, port %2, est auto-signé</translation>
    </message>
    <message>
        <source>The server presents a certificate that it signed itself (%3), so nothing proves that you are talking to the real server.</source>
        <translation>Le serveur présente un certificat qu&apos;il a signé lui-même (%3)&#xa0;: rien ne prouve donc que vous communiquez avec le vrai serveur.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a certificate from a public authority (Let&apos;s Encrypt is free).</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;installer un certificat délivré par une autorité publique (Let&apos;s Encrypt est gratuit).</translation>
    </message>
    <message>
        <source>The certificate of port %2 does not name %1</source>
        <translation>Le certificat du port %2 n&apos;est pas au nom de %1</translation>
    </message>
    <message>
        <source>The certificate is valid, but for other names: %3. Mail programs refuse such a connection.</source>
        <translation>Le certificat est valide, mais pour d&apos;autres noms&#xa0;: %3. Les logiciels de messagerie refusent une telle connexion.</translation>
    </message>
    <message>
        <source>Use one of the certificate&apos;s own names as the SMTP host.</source>
        <translation>Utilisez comme hôte SMTP l&apos;un des noms inscrits dans le certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 is expired or not yet valid</source>
        <translation>Le certificat de %1, port %2, a expiré ou n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity period does not include today: %3.</source>
        <translation>La période de validité du certificat n&apos;inclut pas la date d&apos;aujourd&apos;hui&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to renew the certificate.</source>
        <translation>Demandez à l&apos;administrateur du serveur de renouveler le certificat.</translation>
    </message>
    <message>
        <source>Check that this machine&apos;s clock is right.</source>
        <translation>Vérifiez que l&apos;horloge de cette machine est à l&apos;heure.</translation>
    </message>
    <message>
        <source>The server on %1 port %2 does not offer STARTTLS</source>
        <translation>Le serveur %1, port %2, ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS was chosen, but the server&apos;s EHLO reply does not offer it. Either the server cannot encrypt on this port, or something on the way removes the offer.</source>
        <translation>STARTTLS a été choisi, mais la réponse du serveur à EHLO ne le propose pas. Soit le serveur ne sait pas chiffrer sur ce port, soit quelque chose sur le trajet retire cette proposition.</translation>
    </message>
    <message>
        <source>Never send a password over this connection: it would travel in clear.</source>
        <translation>N&apos;envoyez jamais de mot de passe par cette connexion&#xa0;: il circulerait en clair.</translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS.</source>
        <translation>Essayez le port 465 avec SSL/TLS.</translation>
    </message>
    <message>
        <source>This machine has no readable %1</source>
        <translation>Cette machine n&apos;a pas de %1 lisible</translation>
    </message>
    <message>
        <source>%1, which names the DNS servers to ask, is missing or cannot be read. Without it, programs on this machine, and this diagnosis, ask a DNS server on the machine itself (127.0.0.1); if none runs there, no name can be looked up.</source>
        <translation>%1, qui indique les serveurs DNS à interroger, est absent ou illisible. Sans lui, les programmes de cette machine, et ce diagnostic, interrogent un serveur DNS sur la machine elle-même (127.0.0.1) ; si aucun n&apos;y tourne, aucun nom ne peut être résolu.</translation>
    </message>
    <message>
        <source>If names do not resolve, create %1 with a line such as &quot;nameserver&quot; followed by the address of your network&apos;s DNS server.</source>
        <translation>Si les noms ne se résolvent pas, créez %1 avec une ligne « nameserver » suivie de l&apos;adresse du serveur DNS de votre réseau.</translation>
    </message>
    <message>
        <source>%1, the list of names this machine knows by itself, is missing or cannot be read. The diagnosis goes on with DNS alone; only names that were written in that file are unknown.</source>
        <translation>%1, la liste des noms que cette machine connaît d&apos;elle-même, est absent ou illisible. Le diagnostic continue avec le DNS seul ; seuls les noms écrits dans ce fichier sont inconnus.</translation>
    </message>
    <message>
        <source>Your website cannot reach port %2 on %1</source>
        <translation>Votre site web ne peut pas joindre le port %2 de %1</translation>
    </message>
    <message>
        <source>From this computer, %1 port %2 accepts connections. From your website&apos;s server the same connection gets %3: your web host blocks outgoing mail connections.</source>
        <translation>Depuis cet ordinateur, %1 port %2 accepte les connexions. Depuis le serveur de votre site web, la même connexion obtient %3 : votre hébergeur bloque les connexions sortantes vers les serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Ask your web host to open outgoing port %2, or to allow connections to your SMTP server %1.</source>
        <translation>Demandez à votre hébergeur d&apos;ouvrir le port sortant %2, ou d&apos;autoriser les connexions vers votre serveur SMTP %1.</translation>
    </message>
    <message>
        <source>If the host will not, send through an API mailer over HTTPS (the plugin of SendGrid, Mailgun, Amazon SES, Brevo or Postmark): it needs no SMTP port.</source>
        <translation>S&apos;il refuse, envoyez par une API sur HTTPS (l&apos;extension de SendGrid, Mailgun, Amazon SES, Brevo ou Postmark) : elle n&apos;a besoin d&apos;aucun port SMTP.</translation>
    </message>
    <message>
        <source>From this computer, %1 port %2 accepts connections. From your website&apos;s server the same connection gets %3: your web host blocks outgoing mail connections on that port.</source>
        <translation>Depuis cet ordinateur, %1 port %2 accepte les connexions. Depuis le serveur de votre site web, la même connexion obtient %3 : votre hébergeur bloque les connexions sortantes vers les serveurs de messagerie sur ce port.</translation>
    </message>
    <message>
        <source>Set your website&apos;s mail settings to port %4: it works from your website as it does from here.</source>
        <translation>Réglez l&apos;envoi de votre site web sur le port %4 : il fonctionne depuis votre site web comme depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Or ask your web host to open outgoing port %2 to your SMTP server %1.</source>
        <translation>Ou demandez à votre hébergeur d&apos;ouvrir le port sortant %2 vers votre serveur SMTP %1.</translation>
    </message>
    <message>
        <source>Your web host diverts mail sent to port %2 to another server</source>
        <translation>Votre hébergeur détourne vers un autre serveur le courrier envoyé au port %2</translation>
    </message>
    <message>
        <source>From this computer, %1 port %2 is %3. From your website, the same address and port answer as %4: another server, usually the web host&apos;s own (cPanel&apos;s SMTP Restrictions, CSF&apos;s SMTP_REDIRECT). Signing in there with your real password fails, and the password reaches a server that is not yours.</source>
        <translation>Depuis cet ordinateur, %1 port %2 est %3. Depuis votre site web, la même adresse et le même port répondent comme %4 : un autre serveur, en général celui de l&apos;hébergeur (« SMTP Restrictions » de cPanel, SMTP_REDIRECT de CSF). La connexion avec votre vrai mot de passe y échoue, et le mot de passe arrive à un serveur qui n&apos;est pas le vôtre.</translation>
    </message>
    <message>
        <source>Ask your web host to turn off the SMTP redirection for your account (in cPanel: SMTP Restrictions), or use another port that is not diverted.</source>
        <translation>Demandez à votre hébergeur de désactiver la redirection SMTP de votre compte (dans cPanel : SMTP Restrictions), ou utilisez un autre port qui n&apos;est pas détourné.</translation>
    </message>
    <message>
        <source>Or send through the web host&apos;s own mail server with the account it gives you, or through an API mailer over HTTPS.</source>
        <translation>Ou envoyez par le serveur de messagerie de l&apos;hébergeur avec le compte qu&apos;il vous donne, ou par une API sur HTTPS.</translation>
    </message>
    <message>
        <source>Your website&apos;s PHP does not trust the certificate of %1</source>
        <translation>Le PHP de votre site web ne fait pas confiance au certificat de %1</translation>
    </message>
    <message>
        <source>This computer trusts the certificate on %1 port %2, but PHP on your website does not (%3). Its list of certificate authorities is missing or too old. PHP uses: %4.</source>
        <translation>Cet ordinateur fait confiance au certificat de %1 port %2, mais pas le PHP de votre site web (%3). Sa liste d&apos;autorités de certification manque ou est trop ancienne. PHP utilise : %4.</translation>
    </message>
    <message>
        <source>Ask your web host to update the CA certificates of the server, or to set openssl.cafile in php.ini to a current bundle.</source>
        <translation>Demandez à votre hébergeur de mettre à jour les certificats d&apos;autorité du serveur, ou de régler openssl.cafile dans php.ini sur un fichier à jour.</translation>
    </message>
    <message>
        <source>Do not turn certificate checks off in your mail plugin: the password would then go to anyone who can answer in the server&apos;s place.</source>
        <translation>Ne désactivez pas la vérification des certificats dans votre extension d&apos;envoi : le mot de passe irait alors à quiconque peut répondre à la place du serveur.</translation>
    </message>
    <message>
        <source>Your website&apos;s PHP and %1 agree on no TLS version</source>
        <translation>Le PHP de votre site web et %1 n&apos;ont aucune version de TLS en commun</translation>
    </message>
    <message>
        <source>This computer completes the TLS handshake with %1 port %2, but PHP&apos;s OpenSSL on your website fails it even without checking the certificate (%3): they have no protocol version or cipher in common.</source>
        <translation>Cet ordinateur réussit la négociation TLS avec %1 port %2, mais l&apos;OpenSSL du PHP de votre site web l&apos;échoue même sans vérifier le certificat (%3) : ils n&apos;ont aucune version de protocole ni aucun chiffrement en commun.</translation>
    </message>
    <message>
        <source>Ask your web host for a current PHP and OpenSSL (TLS 1.2 or later).</source>
        <translation>Demandez à votre hébergeur un PHP et un OpenSSL récents (TLS 1.2 ou plus).</translation>
    </message>
    <message>
        <source>Your website finds %1 at other addresses</source>
        <translation>Votre site web trouve %1 à d&apos;autres adresses</translation>
    </message>
    <message>
        <source>From this computer, %1 resolves to %2; from your website, to %3. The web host&apos;s DNS answers differently: often it keeps a local copy of your domain that points mail to itself.</source>
        <translation>Depuis cet ordinateur, %1 donne %2 ; depuis votre site web, %3. Le DNS de l&apos;hébergeur répond autrement : souvent, il garde une copie locale de votre domaine qui dirige le courrier vers lui-même.</translation>
    </message>
    <message>
        <source>Ask your web host to remove the local DNS zone or mail routing for your domain (in cPanel: Email Routing set to Remote Mail Exchanger).</source>
        <translation>Demandez à votre hébergeur de supprimer la zone DNS locale ou le routage du courrier de votre domaine (dans cPanel : Email Routing sur « Remote Mail Exchanger »).</translation>
    </message>
    <message>
        <source>Your website cannot find %1</source>
        <translation>Votre site web ne trouve pas %1</translation>
    </message>
    <message>
        <source>From this computer, %1 resolves to %2; from your website it does not resolve (%3).</source>
        <translation>Depuis cet ordinateur, %1 donne %2 ; depuis votre site web, ce nom ne donne rien (%3).</translation>
    </message>
    <message>
        <source>Check the host name in your website&apos;s mail settings, and ask your web host why its DNS does not resolve %1.</source>
        <translation>Vérifiez le nom du serveur dans les réglages d&apos;envoi de votre site web, et demandez à votre hébergeur pourquoi son DNS ne trouve pas %1.</translation>
    </message>
    <message>
        <source>PHP on your website may not open network connections</source>
        <translation>Le PHP de votre site web n&apos;a pas le droit d&apos;ouvrir des connexions réseau</translation>
    </message>
    <message>
        <source>Your web host disabled PHP functions that sending mail needs: %1 (disable_functions in php.ini).</source>
        <translation>Votre hébergeur a désactivé des fonctions PHP dont l&apos;envoi de courrier a besoin : %1 (disable_functions dans php.ini).</translation>
    </message>
    <message>
        <source>Ask your web host to enable %1, or send through an API mailer over HTTPS.</source>
        <translation>Demandez à votre hébergeur d&apos;activer %1, ou envoyez par une API sur HTTPS.</translation>
    </message>
    <message>
        <source>Every connection from your website failed before it left the server (%1). SELinux (here: %2) forbids it unless httpd_can_network_connect is on, or another local policy blocks it.</source>
        <translation>Toutes les connexions depuis votre site web ont échoué avant de quitter le serveur (%1). SELinux (ici : %2) l&apos;interdit tant que httpd_can_network_connect n&apos;est pas activé, ou une autre règle locale le bloque.</translation>
    </message>
    <message>
        <source>Ask your web host to allow outgoing connections from PHP (on SELinux: setsebool -P httpd_can_network_connect 1).</source>
        <translation>Demandez à votre hébergeur d&apos;autoriser les connexions sortantes de PHP (avec SELinux : setsebool -P httpd_can_network_connect 1).</translation>
    </message>
    <message>
        <source>The probe&apos;s address is not usable</source>
        <translation>L&apos;adresse de la sonde n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address of the uploaded file.</source>
        <translation>« %1 » n&apos;est pas une adresse http:// ou https:// du fichier envoyé.</translation>
    </message>
    <message>
        <source>Copy the full address of the uploaded file, for example https://www.example.com/smtp-doctor-probe-....php.</source>
        <translation>Copiez l&apos;adresse complète du fichier envoyé, par exemple https://www.example.com/smtp-doctor-probe-....php.</translation>
    </message>
    <message>
        <source>The probe on your website could not be reached</source>
        <translation>La sonde de votre site web est injoignable</translation>
    </message>
    <message>
        <source>Fetching %1 failed before any web page came back: %2.</source>
        <translation>La demande de %1 a échoué avant qu&apos;une page web ne revienne : %2.</translation>
    </message>
    <message>
        <source>Open the address in a browser and check that it is right.</source>
        <translation>Ouvrez l&apos;adresse dans un navigateur et vérifiez qu&apos;elle est juste.</translation>
    </message>
    <message>
        <source>The website sent far more than the probe&apos;s answer</source>
        <translation>Le site web a envoyé bien plus que la réponse de la sonde</translation>
    </message>
    <message>
        <source>The answer from %1 passed %2 KB, much more than the probe ever writes, so it was not read. This computer&apos;s own results are kept.</source>
        <translation>La réponse de %1 a dépassé %2 Ko, bien plus que ce que la sonde écrit, elle n&apos;a donc pas été lue. Les résultats de cet ordinateur sont conservés.</translation>
    </message>
    <message>
        <source>Check that the address is the uploaded probe file and not another page.</source>
        <translation>Vérifiez que l&apos;adresse est celle du fichier de la sonde et pas d&apos;une autre page.</translation>
    </message>
    <message>
        <source>Your website shows the probe&apos;s source instead of running it</source>
        <translation>Votre site web montre le code de la sonde au lieu de l&apos;exécuter</translation>
    </message>
    <message>
        <source>%1 came back as the PHP file itself: PHP does not run in that folder, so the file&apos;s key is readable by anyone.</source>
        <translation>%1 est revenu comme le fichier PHP lui-même : PHP ne s&apos;exécute pas dans ce dossier, et la clé du fichier est lisible par tous.</translation>
    </message>
    <message>
        <source>Delete the file from your website now.</source>
        <translation>Supprimez tout de suite le fichier de votre site web.</translation>
    </message>
    <message>
        <source>Upload a new probe into the folder where your website&apos;s PHP pages are (the one with index.php or wp-config.php).</source>
        <translation>Envoyez une nouvelle sonde dans le dossier des pages PHP de votre site web (celui qui contient index.php ou wp-config.php).</translation>
    </message>
    <message>
        <source>Your website redirects the probe elsewhere</source>
        <translation>Votre site web redirige la sonde ailleurs</translation>
    </message>
    <message>
        <source>%1 answered with a redirection to %2: a login page, a security plugin or a rewrite rule stands in front of the file.</source>
        <translation>%1 a répondu par une redirection vers %2 : une page de connexion, une extension de sécurité ou une règle de réécriture se trouve devant le fichier.</translation>
    </message>
    <message>
        <source>Use the final address (https:// and the right host name), or let the security plugin allow the file.</source>
        <translation>Utilisez l&apos;adresse finale (https:// et le bon nom d&apos;hôte), ou faites autoriser le fichier par l&apos;extension de sécurité.</translation>
    </message>
    <message>
        <source>Your website answered with a web page, not the probe</source>
        <translation>Votre site web a répondu par une page web, pas par la sonde</translation>
    </message>
    <message>
        <source>%1 returned an HTML page (HTTP %2): a login page, a firewall (WAF) or an error page, not the probe&apos;s signed answer.</source>
        <translation>%1 a renvoyé une page HTML (HTTP %2) : une page de connexion, un pare-feu applicatif (WAF) ou une page d&apos;erreur, pas la réponse signée de la sonde.</translation>
    </message>
    <message>
        <source>Open the address in a browser to see which page it is, and let the firewall or security plugin allow the file.</source>
        <translation>Ouvrez l&apos;adresse dans un navigateur pour voir de quelle page il s&apos;agit, et faites autoriser le fichier par le pare-feu ou l&apos;extension de sécurité.</translation>
    </message>
    <message>
        <source>Your website refused the probe&apos;s request (HTTP %2)</source>
        <translation>Votre site web a refusé la requête de la sonde (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without the probe&apos;s signature: the web server, not the probe, turned the request down.</source>
        <translation>%1 a répondu HTTP %2 sans la signature de la sonde : c&apos;est le serveur web, pas la sonde, qui a refusé la requête.</translation>
    </message>
    <message>
        <source>Check the address, and ask your web host whether a firewall blocks requests to the file.</source>
        <translation>Vérifiez l&apos;adresse, et demandez à votre hébergeur si un pare-feu bloque les requêtes vers le fichier.</translation>
    </message>
    <message>
        <source>The answer from your website is not the probe&apos;s</source>
        <translation>La réponse de votre site web ne vient pas de la sonde</translation>
    </message>
    <message>
        <source>%1 answered without a valid signature, so not a word of it was believed: something other than the probe wrote it, or it was changed on the way.</source>
        <translation>%1 a répondu sans signature valable, donc aucun mot de la réponse n&apos;a été cru : autre chose que la sonde l&apos;a écrite, ou elle a été modifiée en chemin.</translation>
    </message>
    <message>
        <source>Check that the key is the one shown with this probe.</source>
        <translation>Vérifiez que la clé est celle affichée avec cette sonde.</translation>
    </message>
    <message>
        <source>The probe&apos;s answer could not be read</source>
        <translation>La réponse de la sonde est illisible</translation>
    </message>
    <message>
        <source>The signed answer from %1 is unusable (%2): cut short or damaged. This computer&apos;s own results are kept.</source>
        <translation>La réponse signée de %1 est inutilisable (%2) : coupée ou abîmée. Les résultats de cet ordinateur sont conservés.</translation>
    </message>
    <message>
        <source>Run the test again; if it repeats, make a new probe.</source>
        <translation>Relancez le test ; si cela se répète, créez une nouvelle sonde.</translation>
    </message>
    <message>
        <source>The probe on your website did not answer in time</source>
        <translation>La sonde de votre site web n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>No complete answer came from %1 within %2 seconds. This computer&apos;s own results are kept.</source>
        <translation>Aucune réponse complète n&apos;est venue de %1 en %2 secondes. Les résultats de cet ordinateur sont conservés.</translation>
    </message>
    <message>
        <source>Run the test again; a very slow or overloaded web host may need a retry.</source>
        <translation>Relancez le test ; un hébergeur très lent ou surchargé peut demander un nouvel essai.</translation>
    </message>
    <message>
        <source>The probe is not at this address, or the key is wrong</source>
        <translation>La sonde n&apos;est pas à cette adresse, ou la clé est fausse</translation>
    </message>
    <message>
        <source>%1 answered 404 with an empty page: the file is not there, or it was made with another key (the probe answers a wrong signature exactly like a missing file).</source>
        <translation>%1 a répondu 404 avec une page vide : le fichier n&apos;y est pas, ou il a été créé avec une autre clé (la sonde répond à une signature fausse exactement comme un fichier absent).</translation>
    </message>
    <message>
        <source>Check the address and use the key shown when this probe was made.</source>
        <translation>Vérifiez l&apos;adresse et utilisez la clé affichée à la création de cette sonde.</translation>
    </message>
    <message>
        <source>The probe on your website has expired</source>
        <translation>La sonde de votre site web a expiré</translation>
    </message>
    <message>
        <source>%1 answered 410: the probe expired and deleted itself.</source>
        <translation>%1 a répondu 410 : la sonde a expiré et s&apos;est supprimée.</translation>
    </message>
    <message>
        <source>Make a new probe and upload it.</source>
        <translation>Créez une nouvelle sonde et envoyez-la sur votre site.</translation>
    </message>
    <message>
        <source>The probe refused the request: the clocks differ</source>
        <translation>La sonde a refusé la requête : les horloges diffèrent</translation>
    </message>
    <message>
        <source>This computer&apos;s clock and the web server&apos;s differ by %2 seconds, more than the five minutes the probe allows against replayed requests.</source>
        <translation>L&apos;horloge de cet ordinateur et celle du serveur web diffèrent de %2 secondes, plus que les cinq minutes que la sonde admet contre les requêtes rejouées.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock automatically (network time).</source>
        <translation>Réglez l&apos;horloge de cet ordinateur automatiquement (heure réseau).</translation>
    </message>
    <message>
        <source>The probe refused a request it had seen before</source>
        <translation>La sonde a refusé une requête déjà vue</translation>
    </message>
    <message>
        <source>%1 refused the request because its one-time number was used already: something on the way repeated it (a proxy or a cache).</source>
        <translation>%1 a refusé la requête car son numéro à usage unique avait déjà servi : quelque chose en chemin l&apos;a répétée (un proxy ou un cache).</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Relancez le test.</translation>
    </message>
    <message>
        <source>The probe refused the request</source>
        <translation>La sonde a refusé la requête</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 a refusé la requête (%2).</translation>
    </message>
    <message>
        <source>Check that the folder of the file is writable (the probe keeps the one-time numbers it has seen next to it).</source>
        <translation>Vérifiez que le dossier du fichier est accessible en écriture (la sonde y garde les numéros à usage unique déjà vus).</translation>
    </message>
    <message>
        <source>The probe could not delete itself from your website</source>
        <translation>La sonde n&apos;a pas pu se supprimer de votre site web</translation>
    </message>
    <message>
        <source>The request to delete %1 did not succeed (%2). The file still expires on its own, but it is better gone now.</source>
        <translation>La demande de suppression de %1 n&apos;a pas abouti (%2). Le fichier expirera de lui-même, mais mieux vaut le supprimer maintenant.</translation>
    </message>
    <message>
        <source>Delete the file with your host&apos;s file manager, FTP or SFTP.</source>
        <translation>Supprimez le fichier avec le gestionnaire de fichiers de votre hébergeur, en FTP ou en SFTP.</translation>
    </message>
    <message>
        <source>Your website sees %1 as this computer does</source>
        <translation>Votre site web voit %1 comme cet ordinateur</translation>
    </message>
    <message>
        <source>From your website, %1 answers as it does from here, port by port (working ports: %2). The web host neither blocks nor diverts mail.</source>
        <translation>Depuis votre site web, %1 répond comme depuis cet ordinateur, port par port (ports qui fonctionnent : %2). L&apos;hébergeur ne bloque ni ne détourne le courrier.</translation>
    </message>
    <message>
        <source>a refusal (TCP reset)</source>
        <translation>un refus (réinitialisation TCP)</translation>
    </message>
    <message>
        <source>no answer at all (dropped)</source>
        <translation>aucune réponse (paquets ignorés)</translation>
    </message>
    <message>
        <source>&quot;unreachable&quot; (ICMP)</source>
        <translation>« injoignable » (ICMP)</translation>
    </message>
    <message>
        <source>an error on the web server itself</source>
        <translation>une erreur sur le serveur web lui-même</translation>
    </message>
    <message>
        <source>No answer from port %2 on %1 within %3 s, cancelled</source>
        <translation>Pas de réponse du port %2 de %1 en %3 s, vérification annulée</translation>
    </message>
    <message>
        <source>The check was cancelled while the connection to %1 port %2 was still waiting, %3 s after it began. The port had not yet answered: whether it is open, refused or filtered is not known.</source>
        <translation>La vérification a été annulée alors que la connexion à %1 port %2 attendait encore, %3 s après son début. Le port n&apos;avait pas encore répondu : on ne sait pas s&apos;il est ouvert, refusé ou filtré.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish to learn what port %2 does.</source>
        <translation>Relancez la vérification et laissez-la aller au bout pour savoir ce que fait le port %2.</translation>
    </message>
    <message>
        <source>The lookup of %1 was cancelled before every answer came</source>
        <translation>La recherche de %1 a été annulée avant toutes les réponses</translation>
    </message>
    <message>
        <source>The check was cancelled %3 s after it asked for the addresses of %1, while it still waited for: %2. The answers that had come are in the evidence; what the missing ones say is not known.</source>
        <translation>La vérification a été annulée %3 s après avoir demandé les adresses de %1, alors qu&apos;elle attendait encore : %2. Les réponses reçues figurent dans les preuves ; ce que diraient les autres n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish to learn every address of %1.</source>
        <translation>Relancez la vérification et laissez-la finir pour connaître toutes les adresses de %1.</translation>
    </message>
    <message>
        <source>The records of %1 were not all checked: cancelled</source>
        <translation>Les enregistrements de %1 n&apos;ont pas tous été vérifiés : annulé</translation>
    </message>
    <message>
        <source>The check was cancelled %3 s after it began, while it still waited for: %2. The records that had answered are checked above; the others are not known.</source>
        <translation>La vérification a été annulée %3 s après son début, alors qu&apos;elle attendait encore : %2. Les enregistrements qui ont répondu sont vérifiés ci-dessus ; les autres ne sont pas connus.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish to learn what the other records of %1 say.</source>
        <translation>Relancez la vérification et laissez-la finir pour savoir ce que disent les autres enregistrements de %1.</translation>
    </message>
    <message>
        <source>Cancelled while %1 port %2 was still waiting for %3</source>
        <translation>Annulé alors que %1 port %2 attendait encore %3</translation>
    </message>
    <message>
        <source>The check was cancelled while the session with %1 port %2 waited for %3, %4 s after it asked. What came before is in the other findings and the transcript; whether %3 would have come is not known.</source>
        <translation>La vérification a été annulée alors que la session avec %1 port %2 attendait %3, %4 s après la demande. Ce qui précède figure dans les autres constats et la transcription ; on ne sait pas si %3 serait arrivé.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish to learn what the server answers.</source>
        <translation>Relancez la vérification et laissez-la finir pour savoir ce que répond le serveur.</translation>
    </message>
    <message>
        <source>A firewall at %1 drops port %2</source>
        <translation>Un pare-feu chez %1 bloque le port %2</translation>
    </message>
    <message>
        <source>%1 is up: it answers on port(s) %4. The reference host %3 answered on port %2, so this network lets port %2 out. Only %1 stays silent on port %2: the server&apos;s firewall, or one in front of it, drops the connection. The block is on the server&apos;s side, not on yours.</source>
        <translation>%1 est en service : il répond sur le ou les ports %4. L&apos;hôte de référence %3 a répondu sur le port %2, donc ce réseau laisse sortir le port %2. Seul %1 reste muet sur le port %2 : le pare-feu du serveur, ou un pare-feu placé devant lui, ignore la connexion. Le blocage est du côté du serveur, pas du vôtre.</translation>
    </message>
    <message>
        <source>Use a port that answers: %4.</source>
        <translation>Utilisez un port qui répond : %4.</translation>
    </message>
    <message>
        <source>Or ask the server&apos;s administrator or mail provider whether port %2 is offered, and to open it for your address.</source>
        <translation>Ou demandez à l&apos;administrateur du serveur ou à votre fournisseur de messagerie si le port %2 est proposé, et de l&apos;ouvrir pour votre adresse.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocks this sign-in</source>
        <translation>Une stratégie d&apos;accès conditionnel bloque cette connexion</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in because an Entra ID Conditional Access policy does not allow it (for example one that blocks legacy authentication): %3. The password itself may be right.</source>
        <translation>Microsoft 365 a refusé la connexion parce qu&apos;une stratégie d&apos;accès conditionnel Entra ID ne l&apos;autorise pas (par exemple une stratégie qui bloque l&apos;authentification héritée) : %3. Le mot de passe lui-même est peut-être correct.</translation>
    </message>
    <message>
        <source>Administrator: in the Entra admin center, look at the sign-in log of this account and exclude it from the policy that blocked it, or sign in with OAuth2.</source>
        <translation>Administrateur : dans le centre d&apos;administration Entra, consultez le journal des connexions de ce compte et excluez-le de la stratégie qui l&apos;a bloqué, ou connectez-vous avec OAuth2.</translation>
    </message>
    <message>
        <source>Or send through Microsoft Graph or a relay service instead.</source>
        <translation>Ou envoyez plutôt par Microsoft Graph ou par un service relais.</translation>
    </message>
    <message>
        <source>SMTP AUTH is switched off for this mailbox</source>
        <translation>SMTP AUTH est désactivé pour cette boîte aux lettres</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts no SMTP sign-in for this mailbox, whatever the password or token: %3.</source>
        <translation>Microsoft 365 n&apos;accepte aucune connexion SMTP pour cette boîte aux lettres, quels que soient le mot de passe ou le jeton : %3.</translation>
    </message>
    <message>
        <source>Administrator: in the Microsoft 365 admin center, open the user, Mail, Manage email apps, and tick Authenticated SMTP (or run Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false).</source>
        <translation>Administrateur : dans le centre d&apos;administration Microsoft 365, ouvrez l&apos;utilisateur, Courrier, Gérer les applications de messagerie, et cochez SMTP authentifié (ou lancez Set-CASMailbox -Identity &lt;boîte&gt; -SmtpClientAuthenticationDisabled $false).</translation>
    </message>
    <message>
        <source>The change can take an hour to apply. See aka.ms/smtp_auth_disabled.</source>
        <translation>La modification peut prendre une heure pour s&apos;appliquer. Voir aka.ms/smtp_auth_disabled.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a password here</source>
        <translation>Microsoft 365 n&apos;accepte plus de mot de passe ici</translation>
    </message>
    <message>
        <source>Password sign-in (basic authentication) to SMTP AUTH is retired for this organisation: %3. Only OAuth2 sign-in works now.</source>
        <translation>La connexion par mot de passe (authentification de base) à SMTP AUTH est retirée pour cette organisation : %3. Seule la connexion OAuth2 fonctionne désormais.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2) here, and switch your website&apos;s mail plugin to its Microsoft 365 / OAuth2 mailer.</source>
        <translation>Connectez-vous ici avec Microsoft (OAuth2), et passez l&apos;extension d&apos;envoi de votre site web à son mode Microsoft 365 / OAuth2.</translation>
    </message>
    <message>
        <source>Or send through Microsoft Graph, High Volume Email or a relay service.</source>
        <translation>Ou envoyez par Microsoft Graph, High Volume Email ou un service relais.</translation>
    </message>
    <message>
        <source>Security defaults block password sign-in to SMTP</source>
        <translation>Les paramètres de sécurité par défaut bloquent la connexion SMTP par mot de passe</translation>
    </message>
    <message>
        <source>The organisation uses Entra ID security defaults, which refuse every password sign-in to SMTP AUTH: %3.</source>
        <translation>L&apos;organisation utilise les paramètres de sécurité par défaut d&apos;Entra ID, qui refusent toute connexion à SMTP AUTH par mot de passe : %3.</translation>
    </message>
    <message>
        <source>Sign in with OAuth2 instead: security defaults allow it.</source>
        <translation>Connectez-vous plutôt avec OAuth2 : les paramètres de sécurité par défaut l&apos;autorisent.</translation>
    </message>
    <message>
        <source>Administrator: switching security defaults off (Entra admin center, Properties) allows passwords again, but weakens every account.</source>
        <translation>Administrateur : désactiver les paramètres de sécurité par défaut (centre d&apos;administration Entra, Propriétés) autorise à nouveau les mots de passe, mais affaiblit tous les comptes.</translation>
    </message>
    <message>
        <source>SMTP AUTH is switched off for your whole organisation</source>
        <translation>SMTP AUTH est désactivé pour toute votre organisation</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts no SMTP sign-in in this organisation, whatever the password or token: %3.</source>
        <translation>Microsoft 365 n&apos;accepte aucune connexion SMTP dans cette organisation, quels que soient le mot de passe ou le jeton : %3.</translation>
    </message>
    <message>
        <source>Administrator: in the Exchange admin center, Settings, Mail flow, untick &quot;Turn off SMTP AUTH protocol for your organization&quot; (or run Set-TransportConfig -SmtpClientAuthenticationDisabled $false).</source>
        <translation>Administrateur : dans le centre d&apos;administration Exchange, Paramètres, Flux de messagerie, décochez « Désactiver le protocole SMTP AUTH pour votre organisation » (ou lancez Set-TransportConfig -SmtpClientAuthenticationDisabled $false).</translation>
    </message>
    <message>
        <source>Or allow it for this one mailbox only (Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false). See aka.ms/smtp_auth_disabled.</source>
        <translation>Ou autorisez-le pour cette seule boîte aux lettres (Set-CASMailbox -Identity &lt;boîte&gt; -SmtpClientAuthenticationDisabled $false). Voir aka.ms/smtp_auth_disabled.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in</source>
        <translation>Microsoft 365 a refusé la connexion</translation>
    </message>
    <message>
        <source>Microsoft 365 answers 5.7.3 both to a wrong password and to a mailbox where password sign-in (SMTP AUTH) is not allowed: %3.</source>
        <translation>Microsoft 365 répond 5.7.3 aussi bien à un mauvais mot de passe qu&apos;à une boîte aux lettres où la connexion par mot de passe (SMTP AUTH) n&apos;est pas autorisée : %3.</translation>
    </message>
    <message>
        <source>Check the user name (the full address) and the password by signing in at outlook.office.com.</source>
        <translation>Vérifiez le nom d&apos;utilisateur (l&apos;adresse complète) et le mot de passe en vous connectant sur outlook.office.com.</translation>
    </message>
    <message>
        <source>If that works, ask your administrator to allow Authenticated SMTP for the mailbox (aka.ms/smtp_auth_disabled), or sign in with OAuth2.</source>
        <translation>Si cela fonctionne, demandez à votre administrateur d&apos;autoriser SMTP authentifié pour la boîte aux lettres (aka.ms/smtp_auth_disabled), ou connectez-vous avec OAuth2.</translation>
    </message>
    <message>
        <source>Password sign-in to %1 works today, but is being retired</source>
        <translation>La connexion par mot de passe à %1 fonctionne aujourd&apos;hui, mais elle est en cours de retrait</translation>
    </message>
    <message>
        <source>Microsoft is ending password sign-in (basic authentication) to SMTP AUTH. Its schedule, message %3. After that, this sign-in fails with 550 5.7.30.</source>
        <translation>Microsoft met fin à la connexion par mot de passe (authentification de base) à SMTP AUTH. Son calendrier, message %3. Ensuite, cette connexion échouera avec 550 5.7.30.</translation>
    </message>
    <message>
        <source>Move to OAuth2 now: try &quot;Sign in with Microsoft&quot; here, then switch your website&apos;s mail plugin to its Microsoft 365 / OAuth2 mailer.</source>
        <translation>Passez à OAuth2 dès maintenant : essayez « Se connecter avec Microsoft » ici, puis passez l&apos;extension d&apos;envoi de votre site web à son mode Microsoft 365 / OAuth2.</translation>
    </message>
    <message>
        <source>If the program cannot do OAuth2, plan another way to send: Microsoft Graph, High Volume Email or a relay service.</source>
        <translation>Si le programme ne sait pas faire OAuth2, prévoyez un autre moyen d&apos;envoi : Microsoft Graph, High Volume Email ou un service relais.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not give a token</source>
        <translation>La connexion avec %1 n&apos;a pas donné de jeton</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in ended with an error: %3.</source>
        <translation>La connexion chez le fournisseur s&apos;est terminée par une erreur : %3.</translation>
    </message>
    <message>
        <source>access_denied: the consent was refused; sign in again and accept.</source>
        <translation>access_denied : le consentement a été refusé ; connectez-vous à nouveau et acceptez.</translation>
    </message>
    <message>
        <source>invalid_client or unauthorized_client: check the client id (and secret) of your app registration, and that it allows this kind of sign-in.</source>
        <translation>invalid_client ou unauthorized_client : vérifiez l&apos;identifiant client (et le secret) de l&apos;inscription de votre application, et qu&apos;elle autorise ce type de connexion.</translation>
    </message>
    <message>
        <source>redirect_uri_mismatch: register http://127.0.0.1 as a redirect address of a desktop (native) client.</source>
        <translation>redirect_uri_mismatch : enregistrez http://127.0.0.1 comme adresse de redirection d&apos;un client de bureau (natif).</translation>
    </message>
    <message>
        <source>The token does not allow sending mail on %1</source>
        <translation>Le jeton ne permet pas d&apos;envoyer du courrier sur %1</translation>
    </message>
    <message>
        <source>The access token lacks the permission (scope) that SMTP needs: %3.</source>
        <translation>Il manque au jeton d&apos;accès l&apos;autorisation (scope) dont SMTP a besoin : %3.</translation>
    </message>
    <message>
        <source>Ask for the SMTP scope when you get the token (Google: https://mail.google.com/; Microsoft: https://outlook.office.com/SMTP.Send).</source>
        <translation>Demandez le scope SMTP quand vous obtenez le jeton (Google : https://mail.google.com/ ; Microsoft : https://outlook.office.com/SMTP.Send).</translation>
    </message>
    <message>
        <source>Add that permission to your app registration, then sign in again and accept it.</source>
        <translation>Ajoutez cette autorisation à l&apos;inscription de votre application, puis connectez-vous à nouveau et acceptez-la.</translation>
    </message>
    <message>
        <source>Signed in to %1 port %2 with OAuth2</source>
        <translation>Connecté à %1, port %2, avec OAuth2</translation>
    </message>
    <message>
        <source>The server accepted the access token (%3).</source>
        <translation>Le serveur a accepté le jeton d&apos;accès (%3).</translation>
    </message>
    <message>
        <source>The server on %1 port %2 refused the access token</source>
        <translation>Le serveur %1, port %2, a refusé le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Get a new token for this account and this server, and check that the user name is the account the token was issued to.</source>
        <translation>Obtenez un nouveau jeton pour ce compte et ce serveur, et vérifiez que le nom d&apos;utilisateur est bien le compte pour lequel le jeton a été émis.</translation>
    </message>
    <message>
        <source>Check that SMTP AUTH is allowed for the mailbox (Microsoft 365) or that the account may use SMTP (Google Workspace).</source>
        <translation>Vérifiez que SMTP AUTH est autorisé pour la boîte aux lettres (Microsoft 365) ou que le compte peut utiliser SMTP (Google Workspace).</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>Le jeton d&apos;accès a expiré</translation>
    </message>
    <message>
        <source>The token&apos;s expiry time has passed (%3), so %1 refused it. Access tokens usually live about an hour.</source>
        <translation>L&apos;heure d&apos;expiration du jeton est dépassée (%3), donc %1 l&apos;a refusé. Un jeton d&apos;accès dure en général environ une heure.</translation>
    </message>
    <message>
        <source>Get a new access token, or let your program use its refresh token to renew it before each sending.</source>
        <translation>Obtenez un nouveau jeton d&apos;accès, ou laissez votre programme utiliser son jeton de rafraîchissement pour le renouveler avant chaque envoi.</translation>
    </message>
    <message>
        <source>If the computer&apos;s clock is wrong, set it right: expiry is checked against the time.</source>
        <translation>Si l&apos;horloge de l&apos;ordinateur est fausse, corrigez-la : l&apos;expiration est vérifiée par rapport à l&apos;heure.</translation>
    </message>
    <message>
        <source>The token was issued for another service</source>
        <translation>Le jeton a été émis pour un autre service</translation>
    </message>
    <message>
        <source>An access token only works with the service it was issued for (its audience): %3.</source>
        <translation>Un jeton d&apos;accès ne fonctionne qu&apos;avec le service pour lequel il a été émis (son audience) : %3.</translation>
    </message>
    <message>
        <source>Ask for a token with the mail server&apos;s scope: for Microsoft 365, https://outlook.office.com/SMTP.Send, not a Microsoft Graph scope such as Mail.Send.</source>
        <translation>Demandez un jeton avec le scope du serveur de messagerie : pour Microsoft 365, https://outlook.office.com/SMTP.Send, et non un scope Microsoft Graph comme Mail.Send.</translation>
    </message>
    <message>
        <source>Then sign in again: the new token carries the right audience.</source>
        <translation>Puis connectez-vous à nouveau : le nouveau jeton porte la bonne audience.</translation>
    </message>
    <message>
        <source>The token belongs to another account</source>
        <translation>Le jeton appartient à un autre compte</translation>
    </message>
    <message>
        <source>The user name and the account that the token was issued to differ: %3.</source>
        <translation>Le nom d&apos;utilisateur et le compte pour lequel le jeton a été émis diffèrent : %3.</translation>
    </message>
    <message>
        <source>Use the token&apos;s account as the user name, or sign in again with the mailbox you want to send from.</source>
        <translation>Utilisez le compte du jeton comme nom d&apos;utilisateur, ou connectez-vous à nouveau avec la boîte aux lettres depuis laquelle vous voulez envoyer.</translation>
    </message>
    <message>
        <source>The message to %1 was not delivered</source>
        <translation>Le message pour %1 n&apos;a pas été distribué</translation>
    </message>
    <message>
        <source>This is a non-delivery report. The receiving side refused the message for %1 with status %2: %3 (server: %4).</source>
        <translation>Ceci est un avis de non-remise. Le destinataire a refusé le message pour %1 avec le statut %2 : %3 (serveur : %4).</translation>
    </message>
    <message>
        <source>Read the server&apos;s words above: they say what to fix. The finding below explains the status code.</source>
        <translation>Lisez la réponse du serveur ci-dessus : elle dit quoi corriger. Le constat suivant explique le code de statut.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing mistakes before you send again.</source>
        <translation>Vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans l&apos;adresse du destinataire avant de renvoyer le message.</translation>
    </message>
    <message>
        <source>The message to %1 is delayed</source>
        <translation>Le message pour %1 est retardé</translation>
    </message>
    <message>
        <source>This is a delay report: the sending server could not deliver the message for %1 yet and keeps trying (status %2: %3, server: %4).</source>
        <translation>Ceci est un avis de retard : le serveur d&apos;envoi n&apos;a pas encore pu remettre le message pour %1 et continue d&apos;essayer (statut %2 : %3, serveur : %4).</translation>
    </message>
    <message>
        <source>Wait for the next attempts; if the report says the same after a day, contact the recipient&apos;s mail administrator with this report.</source>
        <translation>Attendez les prochaines tentatives ; si l&apos;avis dit la même chose après un jour, contactez l&apos;administrateur de messagerie du destinataire avec cet avis.</translation>
    </message>
    <message>
        <source>The message has no DKIM signature</source>
        <translation>Le message n&apos;a pas de signature DKIM</translation>
    </message>
    <message>
        <source>Nobody signed this message with DKIM, so the receiver cannot tell that it really comes from %1. Gmail, Yahoo and Microsoft put unsigned mail in the spam folder more often, or refuse it.</source>
        <translation>Personne n&apos;a signé ce message avec DKIM : le destinataire ne peut pas savoir s&apos;il vient vraiment de %1. Gmail, Yahoo et Microsoft mettent plus souvent le courrier non signé dans les spams, ou le refusent.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at the service that sends your mail, and publish the key it gives you in the DNS of %1.</source>
        <translation>Activez la signature DKIM chez le service qui envoie vos messages, et publiez la clé qu&apos;il vous donne dans le DNS de %1.</translation>
    </message>
    <message>
        <source>If your website sends the mail, make it send through that service&apos;s SMTP server instead of PHP&apos;s mail().</source>
        <translation>Si votre site envoie les messages, faites-le passer par le serveur SMTP de ce service plutôt que par la fonction mail() de PHP.</translation>
    </message>
    <message>
        <source>The receiver found that the message fails DMARC for %1</source>
        <translation>Le destinataire a trouvé que le message échoue à DMARC pour %1</translation>
    </message>
    <message>
        <source>%2 checked the message against the DMARC policy of %1: neither SPF nor DKIM passed for a domain that matches the From address. The policy it applied: %3.</source>
        <translation>%2 a vérifié le message selon la politique DMARC de %1 : ni SPF ni DKIM n&apos;ont réussi pour un domaine qui correspond à l&apos;adresse From. La politique appliquée : %3.</translation>
    </message>
    <message>
        <source>Send through a server that your SPF record allows, and sign with DKIM for %1 itself (not the sending service&apos;s own domain).</source>
        <translation>Envoyez par un serveur que votre enregistrement SPF autorise, et signez avec DKIM pour %1 lui-même (pas pour le domaine du service d&apos;envoi).</translation>
    </message>
    <message>
        <source>The message went to the spam folder: it fails DMARC for %1</source>
        <translation>Le message est allé dans les spams : il échoue à DMARC pour %1</translation>
    </message>
    <message>
        <source>%2 checked the message against the DMARC policy of %1: neither SPF nor DKIM passed for a domain that matches the From address. The policy (%3) says to quarantine such mail, which means the spam folder.</source>
        <translation>%2 a vérifié le message selon la politique DMARC de %1 : ni SPF ni DKIM n&apos;ont réussi pour un domaine qui correspond à l&apos;adresse From. La politique (%3) demande de mettre ce courrier en quarantaine, c&apos;est-à-dire dans les spams.</translation>
    </message>
    <message>
        <source>Messages like this one are refused: they fail DMARC for %1</source>
        <translation>Les messages comme celui-ci sont refusés : ils échouent à DMARC pour %1</translation>
    </message>
    <message>
        <source>%2 checked the message against the DMARC policy of %1: neither SPF nor DKIM passed for a domain that matches the From address. The policy (%3) tells receivers to refuse such mail.</source>
        <translation>%2 a vérifié le message selon la politique DMARC de %1 : ni SPF ni DKIM n&apos;ont réussi pour un domaine qui correspond à l&apos;adresse From. La politique (%3) demande aux destinataires de refuser ce courrier.</translation>
    </message>
    <message>
        <source>The message passed through %1 servers</source>
        <translation>Le message est passé par %1 serveurs</translation>
    </message>
    <message>
        <source>Each server that handled the message added a Received line. The last one, %2, delivered it to the mailbox. From the first to the last: %3.</source>
        <translation>Chaque serveur qui a traité le message a ajouté une ligne Received. Le dernier, %2, l&apos;a remis dans la boîte aux lettres. Du premier au dernier : %3.</translation>
    </message>
    <message>
        <source>The receiver&apos;s checks passed</source>
        <translation>Les vérifications du destinataire ont réussi</translation>
    </message>
    <message>
        <source>%1 checked the message when it arrived and wrote down: %2.</source>
        <translation>%1 a vérifié le message à son arrivée et a noté : %2.</translation>
    </message>
    <message>
        <source>The receiver&apos;s checks did not all pass</source>
        <translation>Les vérifications du destinataire n&apos;ont pas toutes réussi</translation>
    </message>
    <message>
        <source>%1 checked the message when it arrived and wrote down: %2. A failed check is a common reason for the spam folder.</source>
        <translation>%1 a vérifié le message à son arrivée et a noté : %2. Une vérification en échec est une raison fréquente d&apos;arriver dans les spams.</translation>
    </message>
    <message>
        <source>Look at the other findings about SPF, DKIM and DMARC for what to change.</source>
        <translation>Consultez les autres constats sur SPF, DKIM et DMARC pour savoir quoi changer.</translation>
    </message>
    <message>
        <source>The message waited %3 minutes at one step</source>
        <translation>Le message a attendu %3 minutes à une étape</translation>
    </message>
    <message>
        <source>%1 recorded the message %3 minutes after %2 had. The time went there: a queue, greylisting (a first refusal on purpose, then a retry) or a server that could not be reached at once. The clocks of both servers are taken as right.</source>
        <translation>%1 a enregistré le message %3 minutes après %2. Le temps s&apos;est perdu là : une file d&apos;attente, du greylisting (un premier refus volontaire, puis un nouvel essai) ou un serveur injoignable sur le moment. Les horloges des deux serveurs sont supposées justes.</translation>
    </message>
    <message>
        <source>If the delay repeats, ask the administrator of %2 about its queue and retries.</source>
        <translation>Si le retard se répète, interrogez l&apos;administrateur de %2 sur sa file d&apos;attente et ses nouveaux essais.</translation>
    </message>
    <message>
        <source>A first message from a new sender is often greylisted: later ones usually pass at once.</source>
        <translation>Le premier message d&apos;un nouvel expéditeur subit souvent le greylisting : les suivants passent en général tout de suite.</translation>
    </message>
    <message>
        <source>This does not look like a mail message</source>
        <translation>Ceci ne ressemble pas à un message électronique</translation>
    </message>
    <message>
        <source>No header of a delivered message was found (From, Date, Received, Message-ID): %1. The checks of a message need its source, headers included.</source>
        <translation>Aucun en-tête de message distribué n&apos;a été trouvé (From, Date, Received, Message-ID) : %1. Les vérifications d&apos;un message ont besoin de sa source, en-têtes compris.</translation>
    </message>
    <message>
        <source>Copy the whole source of the message: in Gmail, &quot;Show original&quot;; in Outlook, &quot;View message source&quot; or the message&apos;s properties; in Thunderbird, &quot;View source&quot;.</source>
        <translation>Copiez toute la source du message : dans Gmail, « Afficher l&apos;original » ; dans Outlook, « Afficher la source du message » ou les propriétés du message ; dans Thunderbird, « Code source du message ».</translation>
    </message>
    <message>
        <source>Or save the message as an .eml file and open that.</source>
        <translation>Ou enregistrez le message dans un fichier .eml et ouvrez-le.</translation>
    </message>
    <message>
        <source>The body changed after %1 signed it</source>
        <translation>Le corps du message a changé après la signature de %1</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 (selector %2) covers a hash of the body, and the body no longer matches it: something changed the text after signing. A footer or disclaimer added by a server, an antivirus or a mailing list, or a plugin that rewrites links, are the usual causes.</source>
        <translation>La signature DKIM de %1 (sélecteur %2) couvre une empreinte du corps, et le corps ne lui correspond plus : quelque chose a modifié le texte après la signature. Les causes habituelles sont un pied de page ou un avertissement ajouté par un serveur, un antivirus ou une liste de diffusion, ou une extension qui réécrit les liens.</translation>
    </message>
    <message>
        <source>Find what adds text after the message leaves your application: a disclaimer on the mail server, a footer of a mailing list, a security gateway.</source>
        <translation>Trouvez ce qui ajoute du texte après le départ du message de votre application : un avertissement sur le serveur de messagerie, le pied de page d&apos;une liste de diffusion, une passerelle de sécurité.</translation>
    </message>
    <message>
        <source>Have the signature made last, after everything that changes the message, or turn off the change.</source>
        <translation>Faites signer le message en dernier, après tout ce qui le modifie, ou désactivez la modification.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 does not match the message</source>
        <translation>La signature DKIM de %1 ne correspond pas au message</translation>
    </message>
    <message>
        <source>The signature of %1 (selector %2) was checked with the key at %3 and does not match: a signed header (Subject, From, To, Date...) changed after signing, or the signature was made with another key than the one published.</source>
        <translation>La signature de %1 (sélecteur %2) a été vérifiée avec la clé publiée en %3 et ne correspond pas : un en-tête signé (Subject, From, To, Date...) a changé après la signature, ou la signature a été faite avec une autre clé que celle publiée.</translation>
    </message>
    <message>
        <source>Check that the key published at %3 is the one your sending service signs with (services show it in their DNS settings).</source>
        <translation>Vérifiez que la clé publiée en %3 est celle avec laquelle votre service d&apos;envoi signe (les services l&apos;affichent dans leurs réglages DNS).</translation>
    </message>
    <message>
        <source>Look for a server on the way that rewrites headers, such as a Subject tag like [EXTERNAL].</source>
        <translation>Cherchez un serveur sur le trajet qui réécrit les en-têtes, par exemple une mention comme [EXTERNAL] dans le sujet.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 could not be fetched</source>
        <translation>La clé DKIM de %1 n&apos;a pas pu être récupérée</translation>
    </message>
    <message>
        <source>The look-up of %3 failed (no answer, or an error from the DNS server), so the signature of %1 could not be checked. This says nothing yet about the key itself.</source>
        <translation>La recherche de %3 a échoué (pas de réponse, ou une erreur du serveur DNS) : la signature de %1 n&apos;a donc pas pu être vérifiée. Cela ne dit encore rien de la clé elle-même.</translation>
    </message>
    <message>
        <source>Run the check again; if it keeps failing, check the DNS servers of %1.</source>
        <translation>Relancez la vérification ; si l&apos;échec persiste, vérifiez les serveurs DNS de %1.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 has expired</source>
        <translation>La signature DKIM de %1 a expiré</translation>
    </message>
    <message>
        <source>The signature of %1 (selector %2) has an expiry time (x=) that is past. Receivers ignore an expired signature, as if the message were not signed.</source>
        <translation>La signature de %1 (sélecteur %2) a une date d&apos;expiration (x=) dépassée. Les destinataires ignorent une signature expirée, comme si le message n&apos;était pas signé.</translation>
    </message>
    <message>
        <source>If the message is old, send a new one and check that instead.</source>
        <translation>Si le message est ancien, envoyez-en un nouveau et vérifiez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>Otherwise ask your sending service why its signatures expire so soon (a clock that is wrong, or a short x= setting).</source>
        <translation>Sinon, demandez à votre service d&apos;envoi pourquoi ses signatures expirent si vite (une horloge fausse, ou un réglage x= trop court).</translation>
    </message>
    <message>
        <source>The DKIM key of %1 is not published</source>
        <translation>La clé DKIM de %1 n&apos;est pas publiée</translation>
    </message>
    <message>
        <source>The message is signed by %1 with selector %2, but there is no key record at %3. Receivers cannot check such a signature and treat it as failed.</source>
        <translation>Le message est signé par %1 avec le sélecteur %2, mais il n&apos;y a pas d&apos;enregistrement de clé en %3. Les destinataires ne peuvent pas vérifier une telle signature et la considèrent comme en échec.</translation>
    </message>
    <message>
        <source>Publish the key your sending service gives you as a TXT record at %3.</source>
        <translation>Publiez la clé que vous donne votre service d&apos;envoi dans un enregistrement TXT en %3.</translation>
    </message>
    <message>
        <source>If you changed service or key, keep the old key published until no message signed with it is on its way.</source>
        <translation>Si vous avez changé de service ou de clé, laissez l&apos;ancienne clé publiée tant que des messages signés avec elle sont en route.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 has been revoked</source>
        <translation>La clé DKIM de %1 a été révoquée</translation>
    </message>
    <message>
        <source>The key record at %3 has an empty p= tag: the key was revoked on purpose, and every signature made with selector %2 now fails.</source>
        <translation>L&apos;enregistrement de clé en %3 a une balise p= vide : la clé a été révoquée volontairement, et toute signature faite avec le sélecteur %2 échoue désormais.</translation>
    </message>
    <message>
        <source>Make your sending service sign with the current key and selector, or publish the key it still uses at %3.</source>
        <translation>Faites signer votre service d&apos;envoi avec la clé et le sélecteur actuels, ou publiez en %3 la clé qu&apos;il utilise encore.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 cannot be used</source>
        <translation>La clé DKIM de %1 est inutilisable</translation>
    </message>
    <message>
        <source>The record at %3 is not a usable key for this signature: it does not parse, is of another type or algorithm, or is too short.</source>
        <translation>L&apos;enregistrement en %3 n&apos;est pas une clé utilisable pour cette signature : il est illisible, d&apos;un autre type ou algorithme, ou trop court.</translation>
    </message>
    <message>
        <source>Copy the key again from your sending service into the TXT record at %3, in one piece (long keys are split into several strings of the same record).</source>
        <translation>Copiez à nouveau la clé de votre service d&apos;envoi dans l&apos;enregistrement TXT en %3, en entier (les clés longues sont découpées en plusieurs chaînes du même enregistrement).</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 cannot be read</source>
        <translation>La signature DKIM de %1 est illisible</translation>
    </message>
    <message>
        <source>The DKIM-Signature header of %1 (selector %2) is incomplete or invalid, so no receiver can check it.</source>
        <translation>L&apos;en-tête DKIM-Signature de %1 (sélecteur %2) est incomplet ou invalide : aucun destinataire ne peut le vérifier.</translation>
    </message>
    <message>
        <source>Report it to the service or program that signs your mail: its signatures are broken.</source>
        <translation>Signalez-le au service ou au programme qui signe vos messages : ses signatures sont défectueuses.</translation>
    </message>
    <message>
        <source>The message is signed by %1, not by %4</source>
        <translation>Le message est signé par %1, pas par %4</translation>
    </message>
    <message>
        <source>The DKIM signature is valid, but it is made for %1, and the From address is at %4. DMARC only counts a signature of the From domain (or its organization), so this one does not help the message pass DMARC.</source>
        <translation>La signature DKIM est valide, mais elle est faite pour %1, alors que l&apos;adresse From est chez %4. DMARC ne compte qu&apos;une signature du domaine From (ou de son organisation) : celle-ci n&apos;aide donc pas le message à passer DMARC.</translation>
    </message>
    <message>
        <source>Set up DKIM for %4 at your sending service (a custom or authenticated domain), so that it signs with d=%4.</source>
        <translation>Configurez DKIM pour %4 chez votre service d&apos;envoi (domaine personnalisé ou authentifié), pour qu&apos;il signe avec d=%4.</translation>
    </message>
    <message>
        <source>Publish the key it gives you in the DNS of %4.</source>
        <translation>Publiez la clé qu&apos;il vous donne dans le DNS de %4.</translation>
    </message>
    <message>
        <source>The DKIM signature of %1 is valid</source>
        <translation>La signature DKIM de %1 est valide</translation>
    </message>
    <message>
        <source>The signature of %1 (selector %2) matches the message and the key published at %3: the message is unchanged since it was signed.</source>
        <translation>La signature de %1 (sélecteur %2) correspond au message et à la clé publiée en %3 : le message n&apos;a pas changé depuis sa signature.</translation>
    </message>
    <message>
        <source>The message fails DMARC for %1</source>
        <translation>Le message échoue à DMARC pour %1</translation>
    </message>
    <message>
        <source>Checked now: neither DKIM nor SPF passed for a domain aligned with the From address (%4). The policy of %1 is %2, so receivers only report such mail; it still goes to spam more often.</source>
        <translation>Vérifié maintenant : ni DKIM ni SPF n&apos;ont réussi pour un domaine aligné sur l&apos;adresse From (%4). La politique de %1 est %2 : les destinataires se contentent de signaler ces messages, qui vont pourtant plus souvent dans les indésirables.</translation>
    </message>
    <message>
        <source>Sign with DKIM for %1 itself, or send through a server that the SPF record of %1 allows, with a return address at %1.</source>
        <translation>Signez avec DKIM pour %1 lui-même, ou envoyez par un serveur autorisé par l&apos;enregistrement SPF de %1, avec une adresse de retour chez %1.</translation>
    </message>
    <message>
        <source>Once every message passes, raise the policy to quarantine, then reject.</source>
        <translation>Quand tous les messages passent, relevez la politique à quarantine, puis à reject.</translation>
    </message>
    <message>
        <source>The message fails DMARC for %1: spam folder</source>
        <translation>Le message échoue à DMARC pour %1 : dossier des indésirables</translation>
    </message>
    <message>
        <source>Checked now: neither DKIM nor SPF passed for a domain aligned with the From address (%4). The policy of %1 is %2: receivers put such mail in the spam folder.</source>
        <translation>Vérifié maintenant : ni DKIM ni SPF n&apos;ont réussi pour un domaine aligné sur l&apos;adresse From (%4). La politique de %1 est %2 : les destinataires placent ces messages dans les indésirables.</translation>
    </message>
    <message>
        <source>The message fails DMARC for %1: it is refused</source>
        <translation>Le message échoue à DMARC pour %1 : il est refusé</translation>
    </message>
    <message>
        <source>Checked now: neither DKIM nor SPF passed for a domain aligned with the From address (%4). The policy of %1 is %2: receivers refuse such mail.</source>
        <translation>Vérifié maintenant : ni DKIM ni SPF n&apos;ont réussi pour un domaine aligné sur l&apos;adresse From (%4). La politique de %1 est %2 : les destinataires refusent ces messages.</translation>
    </message>
    <message>
        <source>The message passes DMARC for %1</source>
        <translation>Le message passe DMARC pour %1</translation>
    </message>
    <message>
        <source>Checked now: %3 passed for a domain aligned with the From address (%4). The policy of %1 is %2.</source>
        <translation>Vérifié maintenant : %3 a réussi pour un domaine aligné sur l&apos;adresse From (%4). La politique de %1 est %2.</translation>
    </message>
    <message>
        <source>DMARC passed at %1, and fails now</source>
        <translation>DMARC réussissait chez %1 et échoue maintenant</translation>
    </message>
    <message>
        <source>%1 wrote down %2=%3 when the message arrived; checked now, it is %4. The message changed since, or the DNS records of the From domain did (a key, the SPF or the DMARC record).</source>
        <translation>%1 a noté %2=%3 à l&apos;arrivée du message ; vérifié maintenant, le résultat est %4. Le message a changé depuis, ou les enregistrements DNS du domaine From ont changé (une clé, l&apos;enregistrement SPF ou DMARC).</translation>
    </message>
    <message>
        <source>Look at the DKIM and SPF findings above for which check changed.</source>
        <translation>Consultez les constats DKIM et SPF ci-dessus pour savoir quelle vérification a changé.</translation>
    </message>
    <message>
        <source>%2 passed at %1, and fails now</source>
        <translation>%2 réussissait chez %1 et échoue maintenant</translation>
    </message>
    <message>
        <source>%1 wrote down pass for %2 when the message arrived; checked now, it is %4. The message is as it was signed, so the DNS changed since: the key was removed, revoked or replaced.</source>
        <translation>%1 a noté pass pour %2 à l&apos;arrivée du message ; vérifié maintenant, le résultat est %4. Le message est tel qu&apos;il a été signé : c&apos;est donc le DNS qui a changé depuis, la clé a été supprimée, révoquée ou remplacée.</translation>
    </message>
    <message>
        <source>If the key was changed on purpose, nothing is wrong with this message; keep old keys published for a few days after a change.</source>
        <translation>Si la clé a été changée volontairement, ce message n&apos;a pas de problème ; laissez les anciennes clés publiées quelques jours après un changement.</translation>
    </message>
    <message>
        <source>%2 failed at %1, and passes now</source>
        <translation>%2 échouait chez %1 et réussit maintenant</translation>
    </message>
    <message>
        <source>%1 wrote down %3 for %2 when the message arrived; checked now, it passes. The DNS was fixed since (a key or record published later), or the receiver could not fetch it then.</source>
        <translation>%1 a noté %3 pour %2 à l&apos;arrivée du message ; vérifié maintenant, il réussit. Le DNS a été corrigé depuis (une clé ou un enregistrement publié plus tard), ou le destinataire n&apos;avait pas pu le récupérer à ce moment-là.</translation>
    </message>
    <message>
        <source>Send a new test message to confirm that receivers see it pass too.</source>
        <translation>Envoyez un nouveau message de test pour confirmer que les destinataires le voient réussir aussi.</translation>
    </message>
    <message>
        <source>%2 passed at %1, and fails now: the message changed</source>
        <translation>%2 réussissait chez %1 et échoue maintenant : le message a changé</translation>
    </message>
    <message>
        <source>%1 wrote down pass for %2 when the message arrived; checked now, it is %4. The copy checked here differs from the one that arrived: it was changed after delivery (a forward, an edit, a copy that lost or changed lines).</source>
        <translation>%1 a noté pass pour %2 à l&apos;arrivée du message ; vérifié maintenant, le résultat est %4. La copie vérifiée ici diffère de celle qui est arrivée : elle a été modifiée après la remise (un transfert, une modification, une copie qui a perdu ou changé des lignes).</translation>
    </message>
    <message>
        <source>Check the original message: in Gmail, &quot;Show original&quot; and &quot;Download original&quot;; in Outlook, the message&apos;s source. Copy it whole.</source>
        <translation>Vérifiez le message d&apos;origine : dans Gmail, « Afficher l&apos;original » puis « Télécharger l&apos;original » ; dans Outlook, la source du message. Copiez-le en entier.</translation>
    </message>
    <message>
        <source>SPF of %2 does not allow the server that sent the message</source>
        <translation>Le SPF de %2 n&apos;autorise pas le serveur qui a envoyé le message</translation>
    </message>
    <message>
        <source>The message reached the receiver from %1 (%3). The SPF record of %2 does not list that address and ends in a fail (-all): receivers treat the message as forged. Record: %5.</source>
        <translation>Le message est arrivé chez le destinataire depuis %1 (%3). L&apos;enregistrement SPF de %2 ne mentionne pas cette adresse et se termine par un échec (-all) : les destinataires traitent le message comme falsifié. Enregistrement : %5.</translation>
    </message>
    <message>
        <source>Add the service that sends your mail to the SPF record of %2 (the include: it gives in its documentation).</source>
        <translation>Ajoutez le service qui envoie vos messages à l&apos;enregistrement SPF de %2 (l&apos;include: indiqué dans sa documentation).</translation>
    </message>
    <message>
        <source>If the address is your web host, your website sends with PHP mail(): make it send through your SMTP service instead.</source>
        <translation>Si cette adresse est celle de votre hébergeur web, votre site envoie avec mail() de PHP : faites-le plutôt envoyer par votre service SMTP.</translation>
    </message>
    <message>
        <source>SPF of %2 could not be evaluated</source>
        <translation>Le SPF de %2 n&apos;a pas pu être évalué</translation>
    </message>
    <message>
        <source>The SPF check for %1 gave %4: the record of %2 is broken (a syntax error, too many look-ups), or the DNS did not answer. Receivers treat a broken record like no record, or worse.</source>
        <translation>La vérification SPF pour %1 a donné %4 : l&apos;enregistrement de %2 est défectueux (erreur de syntaxe, trop de recherches DNS), ou le DNS n&apos;a pas répondu. Les destinataires traitent un enregistrement défectueux comme une absence d&apos;enregistrement, voire pire.</translation>
    </message>
    <message>
        <source>Check the record of %2 with the domain checks of this program, and fix what they report.</source>
        <translation>Vérifiez l&apos;enregistrement de %2 avec les vérifications de domaine de ce programme, et corrigez ce qu&apos;elles signalent.</translation>
    </message>
    <message>
        <source>SPF of %2 says nothing about the server that sent the message</source>
        <translation>Le SPF de %2 ne dit rien du serveur qui a envoyé le message</translation>
    </message>
    <message>
        <source>The message reached the receiver from %1 (%3). The SPF check of %2 gave %4: no record, or one that neither allows nor refuses that address. SPF cannot help the message.</source>
        <translation>Le message est arrivé chez le destinataire depuis %1 (%3). La vérification SPF de %2 a donné %4 : pas d&apos;enregistrement, ou un enregistrement qui n&apos;autorise ni ne refuse cette adresse. SPF ne peut pas aider le message.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %2 that lists the service sending your mail and ends in -all or ~all.</source>
        <translation>Publiez pour %2 un enregistrement SPF qui mentionne le service qui envoie vos messages et se termine par -all ou ~all.</translation>
    </message>
    <message>
        <source>SPF of %2 does not quite allow the server that sent the message</source>
        <translation>Le SPF de %2 n&apos;autorise pas vraiment le serveur qui a envoyé le message</translation>
    </message>
    <message>
        <source>The message reached the receiver from %1 (%3). The SPF record of %2 does not list that address and ends in a soft fail (~all): receivers count it against the message.</source>
        <translation>Le message est arrivé chez le destinataire depuis %1 (%3). L&apos;enregistrement SPF de %2 ne mentionne pas cette adresse et se termine par un échec léger (~all) : les destinataires le comptent contre le message.</translation>
    </message>
    <message>
        <source>SPF of %2 allows the server that sent the message</source>
        <translation>Le SPF de %2 autorise le serveur qui a envoyé le message</translation>
    </message>
    <message>
        <source>The message reached the receiver from %1 (%3), which the SPF record of %2 allows.</source>
        <translation>Le message est arrivé chez le destinataire depuis %1 (%3), que l&apos;enregistrement SPF de %2 autorise.</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not point back to it</source>
        <translation>Le nom DNS inverse de %1 ne renvoie pas vers cette adresse</translation>
    </message>
    <message>
        <source>The sending server %1 has the reverse name %2, but that name resolves to %3, not to %1. Receivers check that the name and the address confirm each other (forward-confirmed reverse DNS); without that, mail is refused or put in the spam folder more often.</source>
        <translation>Le serveur d&apos;envoi %1 a le nom inverse %2, mais ce nom donne %3, et non %1. Les destinataires vérifient que le nom et l&apos;adresse se confirment l&apos;un l&apos;autre (DNS inverse confirmé) ; sans cela, le courrier est plus souvent refusé ou classé en spam.</translation>
    </message>
    <message>
        <source>Add an address record for %2 that points to %1, or ask whoever runs %1 (your host or mail service) to set its reverse DNS to a name that does.</source>
        <translation>Ajoutez pour %2 un enregistrement d&apos;adresse qui pointe vers %1, ou demandez à qui gère %1 (votre hébergeur ou votre service d&apos;envoi) de lui donner un DNS inverse vers un nom qui le fait.</translation>
    </message>
    <message>
        <source>If %1 is not a server of yours, the message did not leave through your mail service: check which server your website or application sends through.</source>
        <translation>Si %1 n&apos;est pas l&apos;un de vos serveurs, le message n&apos;est pas parti par votre service d&apos;envoi : vérifiez par quel serveur votre site ou votre application envoie.</translation>
    </message>
    <message>
        <source>The sending server %1 has a confirmed reverse DNS name</source>
        <translation>Le serveur d&apos;envoi %1 a un nom DNS inverse confirmé</translation>
    </message>
    <message>
        <source>The reverse name of %1 is %2, and %2 resolves back to %1.</source>
        <translation>Le nom inverse de %1 est %2, et %2 renvoie bien vers %1.</translation>
    </message>
    <message>
        <source>%2 could not be asked about %1</source>
        <translation>%2 n&apos;a pas pu être interrogée sur %1</translation>
    </message>
    <message>
        <source>The look-up of %3 gave %4: no answer in time, or the DNS server failed. Whether %1 is on this list is unknown, not &quot;not listed&quot;.</source>
        <translation>La recherche de %3 a donné %4 : pas de réponse à temps, ou le serveur DNS a échoué. On ne sait pas si %1 est sur cette liste ; cela ne veut pas dire « non listée ».</translation>
    </message>
    <message>
        <source>Check again later, or with another DNS server.</source>
        <translation>Vérifiez plus tard, ou avec un autre serveur DNS.</translation>
    </message>
    <message>
        <source>Or look %1 up on the list&apos;s own page: %5</source>
        <translation>Ou cherchez %1 sur la page de la liste : %5</translation>
    </message>
    <message>
        <source>%2 refused to say whether %1 is listed</source>
        <translation>%2 a refusé de dire si %1 est listée</translation>
    </message>
    <message>
        <source>%2 answered %4 for %3: its code for a refused query (asked through a public or shared DNS server, without a key, or too often). Whether %1 is on this list is unknown, not &quot;not listed&quot;.</source>
        <translation>%2 a répondu %4 pour %3 : son code pour une requête refusée (posée par un serveur DNS public ou partagé, sans clé, ou trop souvent). On ne sait pas si %1 est sur cette liste ; cela ne veut pas dire « non listée ».</translation>
    </message>
    <message>
        <source>Look %1 up on the list&apos;s own page: %5</source>
        <translation>Cherchez %1 sur la page de la liste : %5</translation>
    </message>
    <message>
        <source>Or run the check with your own DNS server (not a public one such as 8.8.8.8 or 1.1.1.1).</source>
        <translation>Ou relancez la vérification avec votre propre serveur DNS (pas un serveur public comme 8.8.8.8 ou 1.1.1.1).</translation>
    </message>
    <message>
        <source>%2 gave an answer that is not a blocklist answer</source>
        <translation>%2 a donné une réponse qui n&apos;est pas celle d&apos;une liste de blocage</translation>
    </message>
    <message>
        <source>The look-up of %3 gave %4, outside the 127.0.0.0/8 range that blocklists answer with: the list may no longer exist, or the DNS server rewrites answers. Whether %1 is listed is unknown.</source>
        <translation>La recherche de %3 a donné %4, hors de la plage 127.0.0.0/8 des réponses des listes de blocage : la liste n&apos;existe peut-être plus, ou le serveur DNS réécrit les réponses. On ne sait pas si %1 est listée.</translation>
    </message>
    <message>
        <source>The sending server %1 is on the %2 blocklist</source>
        <translation>Le serveur d&apos;envoi %1 est sur la liste de blocage %2</translation>
    </message>
    <message>
        <source>%2 lists %1 as a source of spam (%4). Receivers that use this list refuse mail from %1 or put it in the spam folder.</source>
        <translation>%2 liste %1 comme source de spam (%4). Les destinataires qui utilisent cette liste refusent le courrier de %1 ou le classent en spam.</translation>
    </message>
    <message>
        <source>If %1 is your own server, find out what sent the spam (a hacked account or website, a form that sends to anyone), stop it, then ask for removal on %5.</source>
        <translation>Si %1 est votre serveur, trouvez ce qui a envoyé le spam (un compte ou un site piraté, un formulaire qui écrit à n&apos;importe qui), arrêtez-le, puis demandez le retrait sur %5.</translation>
    </message>
    <message>
        <source>If %1 belongs to your mail service or host, send them this report: they must clean it up or move you to another address.</source>
        <translation>Si %1 appartient à votre service d&apos;envoi ou à votre hébergeur, envoyez-leur ce rapport : ils doivent le nettoyer ou vous donner une autre adresse.</translation>
    </message>
    <message>
        <source>The sending server %1 is listed as infected or hijacked</source>
        <translation>Le serveur d&apos;envoi %1 est listé comme infecté ou détourné</translation>
    </message>
    <message>
        <source>%2 lists %1 as a machine that malware, a botnet or an open proxy uses (%4). Receivers that use this list refuse its mail.</source>
        <translation>%2 liste %1 comme une machine utilisée par un logiciel malveillant, un botnet ou un proxy ouvert (%4). Les destinataires qui utilisent cette liste refusent son courrier.</translation>
    </message>
    <message>
        <source>Find and remove what is sending from %1 (malware on a computer behind that address, a hacked website), then ask for removal on %5.</source>
        <translation>Trouvez et supprimez ce qui envoie depuis %1 (un logiciel malveillant sur un ordinateur derrière cette adresse, un site piraté), puis demandez le retrait sur %5.</translation>
    </message>
    <message>
        <source>If %1 belongs to your host or mail service, send them this report.</source>
        <translation>Si %1 appartient à votre hébergeur ou à votre service d&apos;envoi, envoyez-leur ce rapport.</translation>
    </message>
    <message>
        <source>The sending server %1 is in a range that should not send mail directly</source>
        <translation>Le serveur d&apos;envoi %1 est dans une plage qui ne devrait pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>%2 lists %1 in its policy list (%4): an address its network says should hand mail to a mail server, not deliver it itself, such as a home or office connection. Many receivers refuse mail delivered directly from such addresses.</source>
        <translation>%2 liste %1 dans sa liste de politique (%4) : une adresse dont le réseau dit qu&apos;elle doit confier le courrier à un serveur de messagerie et non le livrer elle-même, comme une connexion domestique ou de bureau. Beaucoup de destinataires refusent le courrier livré directement depuis ces adresses.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP server or a mail service, with a sign-in, instead of delivering the mail from %1 itself.</source>
        <translation>Envoyez par le serveur SMTP de votre fournisseur ou par un service d&apos;envoi, avec identification, au lieu de livrer le courrier depuis %1.</translation>
    </message>
    <message>
        <source>If %1 is a real mail server with a fixed address, ask its network&apos;s owner to take it out of the policy list (see %5).</source>
        <translation>Si %1 est un vrai serveur de messagerie à adresse fixe, demandez au propriétaire de son réseau de le retirer de la liste de politique (voir %5).</translation>
    </message>
    <message>
        <source>%1 is not on these blocklists: %2</source>
        <translation>%1 n&apos;est pas sur ces listes de blocage : %2</translation>
    </message>
    <message>
        <source>Asked today, %2 answered that the sending server %1 is not listed.</source>
        <translation>Interrogées aujourd&apos;hui, ces listes (%2) répondent que le serveur d&apos;envoi %1 n&apos;est pas listé.</translation>
    </message>
    <message>
        <source>The sending server %1 has no reverse DNS name</source>
        <translation>Le serveur d&apos;envoi %1 n&apos;a pas de nom DNS inverse</translation>
    </message>
    <message>
        <source>The message reached the receiver from %1, and %2 has no PTR record (%3). Many receivers refuse mail from an address without a reverse name, or put it in the spam folder.</source>
        <translation>Le message est arrivé chez le destinataire depuis %1, et %2 n&apos;a pas d&apos;enregistrement PTR (%3). Beaucoup de destinataires refusent le courrier d&apos;une adresse sans nom inverse, ou le classent en spam.</translation>
    </message>
    <message>
        <source>Ask whoever runs %1 (your host or mail service) to set its reverse DNS to the server&apos;s mail host name, a name that resolves back to %1.</source>
        <translation>Demandez à qui gère %1 (votre hébergeur ou votre service d&apos;envoi) de lui donner comme DNS inverse le nom d&apos;hôte de messagerie du serveur, un nom qui renvoie vers %1.</translation>
    </message>
    <message>
        <source>If %1 is a home or office connection, send through your provider&apos;s SMTP server or a mail service instead.</source>
        <translation>Si %1 est une connexion domestique ou de bureau, envoyez plutôt par le serveur SMTP de votre fournisseur ou par un service d&apos;envoi.</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 could not be checked</source>
        <translation>Le nom DNS inverse de %1 n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The look-up of %2 gave %3: no answer in time, or the DNS server failed. This says nothing about the record itself.</source>
        <translation>La recherche de %2 a donné %3 : pas de réponse à temps, ou le serveur DNS a échoué. Cela ne dit rien de l&apos;enregistrement lui-même.</translation>
    </message>
    <message>
        <source>Whether the reverse DNS name of %1 points back could not be checked</source>
        <translation>Impossible de vérifier si le nom DNS inverse de %1 renvoie vers cette adresse</translation>
    </message>
    <message>
        <source>The reverse name of %1 is %2, but the look-up of its addresses gave %3: no answer in time, or the DNS server failed.</source>
        <translation>Le nom inverse de %1 est %2, mais la recherche de ses adresses a donné %3 : pas de réponse à temps, ou le serveur DNS a échoué.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>The message misses what %1 asks of bulk senders</source>
        <translation>Il manque au message ce que %1 exige des expéditeurs en nombre</translation>
    </message>
    <message>
        <source>The message went to %2, where %1 sets rules for senders. One message cannot show how many you send: if you send in bulk (%4 messages a day or more to its users), %1 requires what this message lacks: %3. Without it, your mail goes to spam or is refused.</source>
        <translation>Le message est allé vers %2, où %1 fixe des règles aux expéditeurs. Un seul message ne montre pas combien vous en envoyez : si vous envoyez en nombre (%4 messages par jour ou plus vers ses utilisateurs), %1 exige ce qui manque à ce message : %3. Sans cela, votre courrier va dans les spams ou est refusé.</translation>
    </message>
    <message>
        <source>Add what is missing in your sending service&apos;s settings (its domain authentication, DMARC and unsubscribe options).</source>
        <translation>Ajoutez ce qui manque dans les réglages de votre service d&apos;envoi (authentification du domaine, DMARC et options de désabonnement).</translation>
    </message>
    <message>
        <source>The provider&apos;s own page, in the evidence, lists every rule and its date.</source>
        <translation>La page du fournisseur, dans les éléments relevés, liste chaque règle et sa date.</translation>
    </message>
    <message>
        <source>The message meets %1&apos;s rules for bulk senders</source>
        <translation>Le message respecte les règles de %1 pour les expéditeurs en nombre</translation>
    </message>
    <message>
        <source>The message went to %2, where %1 sets rules for senders, and it has what they ask of bulk senders: %3.</source>
        <translation>Le message est allé vers %2, où %1 fixe des règles aux expéditeurs, et il a ce qu&apos;elles exigent des expéditeurs en nombre : %3.</translation>
    </message>
    <message>
        <source>The message is from %1 but was sent by another address</source>
        <translation>Le message est de %1 mais a été envoyé par une autre adresse</translation>
    </message>
    <message>
        <source>The From address is %1, and the message names another sender: %2. A sending service often uses its own bounce address, which is normal; but SPF then checks that address&apos;s domain, and DMARC needs it to share the organizational domain %3 of From (or a DKIM signature of that domain).</source>
        <translation>L&apos;adresse From est %1, et le message nomme un autre expéditeur : %2. Un service d&apos;envoi utilise souvent sa propre adresse de retour, c&apos;est normal ; mais SPF vérifie alors le domaine de cette adresse, et DMARC demande qu&apos;il partage le domaine organisationnel %3 de From (ou une signature DKIM de ce domaine).</translation>
    </message>
    <message>
        <source>If your service allows it, set a custom bounce (Return-Path) domain under %3, so that SPF aligns with From.</source>
        <translation>Si votre service le permet, réglez un domaine de retour (Return-Path) personnalisé sous %3, pour que SPF soit aligné sur From.</translation>
    </message>
    <message>
        <source>Otherwise make sure that the message carries a DKIM signature of %3.</source>
        <translation>Sinon, vérifiez que le message porte une signature DKIM de %3.</translation>
    </message>
    <message>
        <source>The From address %1 is not the account %2 that signs in</source>
        <translation>L&apos;adresse From %1 n&apos;est pas le compte %2 qui se connecte</translation>
    </message>
    <message>
        <source>The message says it is from %1, and the SMTP account is %2. Many providers do not allow this: Gmail replaces From with the signed-in account unless the address is a verified &quot;Send mail as&quot; alias, and Microsoft 365 refuses the message (550 5.7.60) unless the account has Send As permission for that address.</source>
        <translation>Le message dit venir de %1, et le compte SMTP est %2. Beaucoup de fournisseurs ne l&apos;acceptent pas : Gmail remplace From par le compte connecté sauf si l&apos;adresse est un alias « Envoyer des e-mails en tant que » validé, et Microsoft 365 refuse le message (550 5.7.60) sauf si le compte a l&apos;autorisation « Envoyer en tant que » pour cette adresse.</translation>
    </message>
    <message>
        <source>Send from the account&apos;s own address, or sign in with the account of %1.</source>
        <translation>Envoyez depuis l&apos;adresse du compte lui-même, ou connectez-vous avec le compte de %1.</translation>
    </message>
    <message>
        <source>Gmail: add %1 under Settings, Accounts, &quot;Send mail as&quot; and verify it (support.google.com/mail/answer/22370). Microsoft 365: an administrator grants %2 Send As for %1 (learn.microsoft.com, &quot;Manage permissions for recipients in Exchange Online&quot;).</source>
        <translation>Gmail : ajoutez %1 dans Paramètres, Comptes, « Envoyer des e-mails en tant que » et validez-la (support.google.com/mail/answer/22370). Microsoft 365 : un administrateur donne à %2 l&apos;autorisation « Envoyer en tant que » pour %1 (learn.microsoft.com, « Gérer les autorisations des destinataires dans Exchange Online »).</translation>
    </message>
    <message>
        <source>Or, in your site&apos;s mail settings, keep From as the signed-in address and put %1 in Reply-To.</source>
        <translation>Ou, dans les réglages de messagerie de votre site, gardez l&apos;adresse connectée dans From et mettez %1 dans Reply-To.</translation>
    </message>
    <message>
        <source>The message left from the web server itself</source>
        <translation>Le message est parti du serveur web lui-même</translation>
    </message>
    <message>
        <source>The message starts at %1, handed over by a program on that server and not by an SMTP sign-in: %2. A website that sends this way uses PHP&apos;s mail() (or sendmail), so an SMTP plugin is not in use or not set up for this form. Such mail has no DKIM of your provider and is often refused or filed as spam.</source>
        <translation>Le message part de %1, remis par un programme de ce serveur et non par une connexion SMTP : %2. Un site qui envoie ainsi utilise mail() de PHP (ou sendmail) : une extension SMTP n&apos;est donc pas utilisée, ou pas réglée pour ce formulaire. Un tel courrier n&apos;a pas la signature DKIM de votre fournisseur et il est souvent refusé ou classé en spam.</translation>
    </message>
    <message>
        <source>Check the SMTP plugin&apos;s settings and send its test message; in WordPress, make sure that the form plugin does not send on its own.</source>
        <translation>Vérifiez les réglages de l&apos;extension SMTP et envoyez son message de test ; dans WordPress, vérifiez que l&apos;extension de formulaire n&apos;envoie pas elle-même.</translation>
    </message>
    <message>
        <source>The X-PHP-Originating-Script header, where present, names the script that sent it.</source>
        <translation>L&apos;en-tête X-PHP-Originating-Script, s&apos;il est présent, nomme le script qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>The message did not go through %3</source>
        <translation>Le message n&apos;est pas passé par %3</translation>
    </message>
    <message>
        <source>The SMTP server given is %3, yet no step of the route names it and nothing signed in: the message started at %1 (%2). The site still sends another way, usually PHP&apos;s mail() on the web host, so the SMTP settings are not in use.</source>
        <translation>Le serveur SMTP indiqué est %3, mais aucune étape du trajet ne le nomme et aucune connexion n&apos;a eu lieu : le message est parti de %1 (%2). Le site envoie encore autrement, le plus souvent avec mail() de PHP chez l&apos;hébergeur : les réglages SMTP ne sont donc pas utilisés.</translation>
    </message>
    <message>
        <source>Check that the SMTP plugin is active and that its settings are saved; send its test message and check that one.</source>
        <translation>Vérifiez que l&apos;extension SMTP est active et que ses réglages sont enregistrés ; envoyez son message de test et vérifiez celui-ci.</translation>
    </message>
    <message>
        <source>If %3 relays through servers of another name, this can be normal: the route is in the evidence.</source>
        <translation>Si %3 relaie par des serveurs d&apos;un autre nom, cela peut être normal : le trajet figure dans les éléments relevés.</translation>
    </message>
    <message>
        <source>%1 did not file the message as spam (%2)</source>
        <translation>%1 n&apos;a pas classé le message en spam (%2)</translation>
    </message>
    <message>
        <source>The receiver&apos;s own headers (%4) say: %3</source>
        <translation>Les en-têtes du destinataire lui-même (%4) disent : %3</translation>
    </message>
    <message>
        <source>If the message still went to the spam folder, a rule of the mailbox itself moved it: look at the recipient&apos;s filters.</source>
        <translation>Si le message est quand même allé dans les spams, une règle de la boîte aux lettres elle-même l&apos;a déplacé : regardez les filtres du destinataire.</translation>
    </message>
    <message>
        <source>%1 filed the message as bulk mail (%2)</source>
        <translation>%1 a classé le message comme courrier en nombre (%2)</translation>
    </message>
    <message>
        <source>The receiver&apos;s own headers (%4) say: %3 Bulk mail goes to the Junk or Promotions folder when recipients complain about it.</source>
        <translation>Les en-têtes du destinataire lui-même (%4) disent : %3 Le courrier en nombre va dans le dossier Courrier indésirable ou Promotions quand des destinataires s&apos;en plaignent.</translation>
    </message>
    <message>
        <source>Send only to people who asked for your mail, with a one-click unsubscribe, and remove addresses that bounce.</source>
        <translation>N&apos;envoyez qu&apos;aux personnes qui ont demandé votre courrier, avec un désabonnement en un clic, et retirez les adresses qui reviennent en erreur.</translation>
    </message>
    <message>
        <source>Transactional mail (orders, password resets) is better sent apart from newsletters, from its own address or service.</source>
        <translation>Le courrier transactionnel (commandes, réinitialisations de mot de passe) s&apos;envoie mieux à part des lettres d&apos;information, depuis sa propre adresse ou son propre service.</translation>
    </message>
    <message>
        <source>%1 did not filter the message for spam (%2)</source>
        <translation>%1 n&apos;a pas filtré le message contre le spam (%2)</translation>
    </message>
    <message>
        <source>The receiver&apos;s own headers (%4) say: %3 A list or rule of the receiver decided, so this says nothing about how other receivers will judge it.</source>
        <translation>Les en-têtes du destinataire lui-même (%4) disent : %3 Une liste ou une règle du destinataire a décidé : cela ne dit rien de la façon dont d&apos;autres destinataires le jugeront.</translation>
    </message>
    <message>
        <source>Test with a mailbox that has no such rule (a new Gmail or Outlook.com address) to see the filters&apos; real verdict.</source>
        <translation>Faites le test avec une boîte sans une telle règle (une nouvelle adresse Gmail ou Outlook.com) pour voir le vrai verdict des filtres.</translation>
    </message>
    <message>
        <source>%1 filed the message as spam (%2)</source>
        <translation>%1 a classé le message en spam (%2)</translation>
    </message>
    <message>
        <source>The receiver&apos;s own headers (%4) say: %3 The message was delivered to the spam folder or quarantined, not to the inbox.</source>
        <translation>Les en-têtes du destinataire lui-même (%4) disent : %3 Le message a été remis dans les spams ou mis en quarantaine, pas dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Fix the authentication findings first (SPF, DKIM, DMARC): failing them is the most common reason.</source>
        <translation>Corrigez d&apos;abord les résultats d&apos;authentification (SPF, DKIM, DMARC) : leur échec est la raison la plus courante.</translation>
    </message>
    <message>
        <source>Then look at the rules or categories listed: each names what counted against the message.</source>
        <translation>Regardez ensuite les règles ou catégories listées : chacune nomme ce qui a joué contre le message.</translation>
    </message>
    <message>
        <source>Microsoft: a recipient can report it as not junk, and a sender can ask for a review at sender.office.com if the address is blocked.</source>
        <translation>Microsoft : un destinataire peut le signaler comme courrier légitime, et un expéditeur peut demander un réexamen sur sender.office.com si l&apos;adresse est bloquée.</translation>
    </message>
    <message>
        <source>The test message arrived in the inbox after %2 s</source>
        <translation>Le message de test est arrivé dans la boîte de réception après %2 s</translation>
    </message>
    <message>
        <source>The message %4 was found in the mailbox %1 on %3, %2 seconds after it was sent. The receiving side did not judge it as spam. Its headers are read below.</source>
        <translation>Le message %4 a été trouvé dans la boîte %1 sur %3, %2 secondes après son envoi. Le destinataire ne l&apos;a pas jugé indésirable. Ses en-têtes sont lus ci-dessous.</translation>
    </message>
    <message>
        <source>The test message landed in the spam folder (%1)</source>
        <translation>Le message de test est arrivé dans les indésirables (%1)</translation>
    </message>
    <message>
        <source>The message %4 was found in %1 on %3, %2 seconds after it was sent: the receiving side delivered it, but judged it as spam. The findings on its headers (DKIM, SPF, DMARC, the receiver&apos;s verdict) say why.</source>
        <translation>Le message %4 a été trouvé dans %1 sur %3, %2 secondes après son envoi : le destinataire l&apos;a distribué, mais l&apos;a jugé indésirable. Les constats sur ses en-têtes (DKIM, SPF, DMARC, le verdict du destinataire) disent pourquoi.</translation>
    </message>
    <message>
        <source>Fix the failures found in the message&apos;s headers first: a missing or failing DKIM signature, or a failing DMARC check, is the usual reason.</source>
        <translation>Corrigez d&apos;abord les échecs trouvés dans les en-têtes du message : une signature DKIM absente ou invalide, ou un échec DMARC, en est la cause habituelle.</translation>
    </message>
    <message>
        <source>Marking the message as not spam teaches this mailbox only, not the other receivers.</source>
        <translation>Marquer le message comme légitime n&apos;instruit que cette boîte, pas les autres destinataires.</translation>
    </message>
    <message>
        <source>The mailbox on %1 could not be read</source>
        <translation>La boîte aux lettres sur %1 n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>The IMAP session with %1 port %2 failed: %3. Where the test message landed is not known.</source>
        <translation>La session IMAP avec %1 port %2 a échoué : %3. On ne sait pas où le message de test est arrivé.</translation>
    </message>
    <message>
        <source>Check the IMAP server&apos;s name, port and encryption: the provider&apos;s help pages give them (often port 993 with SSL/TLS).</source>
        <translation>Vérifiez le nom, le port et le chiffrement du serveur IMAP : les pages d&apos;aide du fournisseur les donnent (souvent le port 993 avec SSL/TLS).</translation>
    </message>
    <message>
        <source>The password was not sent to %1 without encryption</source>
        <translation>Le mot de passe n&apos;a pas été envoyé à %1 sans chiffrement</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 has no TLS (%3): signing in would send the password readable by anyone on the network. It was not sent.</source>
        <translation>La connexion à %1 port %2 n&apos;a pas de TLS (%3) : se connecter enverrait le mot de passe lisible par tous sur le réseau. Il n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 993) or STARTTLS (port 143).</source>
        <translation>Choisissez SSL/TLS (port 993) ou STARTTLS (port 143).</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the sign-in</source>
        <translation>Le serveur IMAP %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>The server %1 port %2 did not accept the user name with this password or token: %3</source>
        <translation>Le serveur %1 port %2 n&apos;a pas accepté le nom d&apos;utilisateur avec ce mot de passe ou ce jeton : %3</translation>
    </message>
    <message>
        <source>Check the user name (often the whole e-mail address) and the password. With two-step verification, an app password is needed.</source>
        <translation>Vérifiez le nom d&apos;utilisateur (souvent l&apos;adresse e-mail complète) et le mot de passe. Avec la validation en deux étapes, un mot de passe d&apos;application est nécessaire.</translation>
    </message>
    <message>
        <source>Some providers turn IMAP off by default: turn it on in the mailbox&apos;s settings.</source>
        <translation>Certains fournisseurs désactivent IMAP par défaut : activez-le dans les paramètres de la boîte.</translation>
    </message>
    <message>
        <source>No secure connection to the IMAP server %1</source>
        <translation>Pas de connexion sécurisée au serveur IMAP %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 port %2 failed: %3. No password was sent.</source>
        <translation>La connexion sécurisée à %1 port %2 a échoué : %3. Aucun mot de passe n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Check the encryption: port 993 uses SSL/TLS from the start, port 143 uses STARTTLS.</source>
        <translation>Vérifiez le chiffrement : le port 993 utilise SSL/TLS dès le début, le port 143 utilise STARTTLS.</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate comes from your organization&apos;s own authority, add that authority&apos;s certificate (the CA file).</source>
        <translation>Si le certificat du serveur vient de l&apos;autorité de votre organisation, ajoutez le certificat de cette autorité (le fichier CA).</translation>
    </message>
    <message>
        <source>The test message did not arrive within %1 seconds</source>
        <translation>Le message de test n&apos;est pas arrivé en %1 secondes</translation>
    </message>
    <message>
        <source>The server accepted the message, but after %1 seconds no message with the Message-ID %4 was in %2 on %3. It is late (queued, greylisted), or it was refused or dropped on the way without a bounce.</source>
        <translation>Le serveur a accepté le message, mais après %1 secondes aucun message avec le Message-ID %4 n&apos;était dans %2 sur %3. Il est en retard (en file d&apos;attente, liste grise), ou il a été refusé ou supprimé en chemin sans avis de non-remise.</translation>
    </message>
    <message>
        <source>Look for a bounce in the sender&apos;s mailbox: it says why.</source>
        <translation>Cherchez un avis de non-remise dans la boîte de l&apos;expéditeur : il dit pourquoi.</translation>
    </message>
    <message>
        <source>Run the test again and wait longer: some receivers hold a first message for several minutes.</source>
        <translation>Relancez le test et attendez plus longtemps : certains destinataires retiennent un premier message plusieurs minutes.</translation>
    </message>
    <message>
        <source>Check the sender domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>Vérifiez les enregistrements SPF, DKIM et DMARC du domaine de l&apos;expéditeur.</translation>
    </message>
</context>
<context>
    <name>GroupedFindingsModel</name>
    <message>
        <source>%1: no problem</source>
        <translation>%1&#xa0;: aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème</numerusform>
            <numerusform>%1&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History - SMTP Doctor</source>
        <translation>Historique - SMTP Doctor</translation>
    </message>
    <message>
        <source>Earlier runs, newest first</source>
        <translation>Diagnostics précédents, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The last %1 runs are kept on this computer.</source>
        <translation>Les %1 derniers diagnostics sont conservés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No run has been saved yet.</source>
        <translation>Aucun diagnostic n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1, from: %2</source>
        <translation>%1, depuis : %2</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4: %5</source>
        <translation>%1, %2, %3, %4 : %5</translation>
    </message>
    <message>
        <source>Damaged, skipped: %1</source>
        <translation>Endommagé, ignoré : %1</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Interrompu : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Checked %1, in %2 ms.</source>
        <translation>Vérifié le %1, en %2 ms.</translation>
    </message>
    <message>
        <source>Time per phase, attempt by attempt</source>
        <translation>Durée de chaque phase, tentative par tentative</translation>
    </message>
    <message>
        <source>Where it ran</source>
        <translation>Où la vérification a eu lieu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>Résolveur DNS</translation>
    </message>
    <message>
        <source>Address families</source>
        <translation>Familles d&apos;adresses</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine d&apos;expédition</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Cryptographie</translation>
    </message>
    <message>
        <source>SMTP Doctor: no server checked</source>
        <translation>SMTP Doctor&#xa0;: aucun serveur vérifié</translation>
    </message>
</context>
<context>
    <name>InputIssuesView</name>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Use %1, port %2, %3</source>
        <translation>Utiliser %1, port %2, %3</translation>
    </message>
    <message>
        <source>Use %1 and port %2</source>
        <translation>Utiliser %1 et le port %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Use port %1 with %2</source>
        <translation>Utiliser le port %1 avec %2</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
</context>
<context>
    <name>InterruptedRunNotice</name>
    <message>
        <source>The last run stopped unexpectedly: SMTP Doctor was closed by force or crashed during the step &quot;%1&quot; (%2 port %3).</source>
        <translation>La dernière analyse s&apos;est arrêtée de façon inattendue : SMTP Doctor a été fermé de force ou s&apos;est planté pendant l&apos;étape « %1 » (%2 port %3).</translation>
    </message>
    <message>
        <source>Findings it had recorded: %1. They are kept in the history, marked interrupted.</source>
        <translation>Constats enregistrés : %1. Ils sont conservés dans l&apos;historique, marqués comme interrompus.</translation>
    </message>
    <message>
        <source>It could not be saved as a report (%1): it stays as it was recorded.</source>
        <translation>Elle n&apos;a pas pu être enregistrée comme rapport (%1) : elle reste telle qu&apos;elle a été enregistrée.</translation>
    </message>
    <message>
        <source>The last run stopped unexpectedly</source>
        <translation>La dernière analyse s&apos;est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <source>Open what it found</source>
        <translation>Ouvrir ce qu&apos;elle a trouvé</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Repeated attempts</source>
        <translation>Tentatives répétées</translation>
    </message>
</context>
<context>
    <name>JournalReplay</name>
    <message>
        <source>This is not an SMTP Doctor run journal.</source>
        <translation>Ce n&apos;est pas un journal d&apos;exécution de SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>This is not a JSON file: %1</source>
        <translation>Ce n&apos;est pas un fichier JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not an SMTP Doctor report.</source>
        <translation>Ce n&apos;est pas un rapport SMTP Doctor.</translation>
    </message>
    <message>
        <source>A finding in this report has no id or no valid severity.</source>
        <translation>Un constat de ce rapport n&apos;a pas d&apos;identifiant ou pas de gravité valide.</translation>
    </message>
</context>
<context>
    <name>LookupOptions</name>
    <message>
        <source>The mail domain, such as example.com.</source>
        <translation>Le domaine de messagerie, par exemple example.com.</translation>
    </message>
    <message>
        <source>Seconds to wait for each DNS answer (default 5).</source>
        <translation>Secondes d&apos;attente pour chaque réponse DNS (5 par défaut).</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>Checks the server, its ports, STARTTLS and its certificate.</source>
        <translation>Vérifie le serveur, ses ports, STARTTLS et son certificat.</translation>
    </message>
    <message>
        <source>Also signs in with the password in the variable SMTP_PASSWORD and sends a test message.</source>
        <translation>Se connecte aussi avec le mot de passe de la variable SMTP_PASSWORD et envoie un message de test.</translation>
    </message>
    <message>
        <source>Also checks the domain&apos;s MX, SPF, DKIM and DMARC records, and writes the report as JSON, which the wizard can open.</source>
        <translation>Vérifie aussi les enregistrements MX, SPF, DKIM et DMARC du domaine, et écrit le rapport en JSON, que l&apos;assistant peut ouvrir.</translation>
    </message>
    <message>
        <source>Repeats the SMTP session 20 times, 30 seconds apart, for mail that works only sometimes.</source>
        <translation>Répète la session SMTP 20 fois, à 30 secondes d&apos;intervalle, quand l&apos;envoi ne marche que par moments.</translation>
    </message>
    <message>
        <source>Lists the submission settings that the domain publishes.</source>
        <translation>Liste les réglages d&apos;envoi que le domaine publie.</translation>
    </message>
    <message>
        <source>Says whether this address may send mail for example.com, and why.</source>
        <translation>Dit si cette adresse peut envoyer des e-mails pour example.com, et pourquoi.</translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation>Valeurs : %1.</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Commandes utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Set and not empty: no colour in the text report, unless --color always is given (no-color.org).</source>
        <translation>Définie et non vide : pas de couleur dans le rapport texte, sauf avec --color always (no-color.org).</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authorities to trust instead of the system&apos;s (the portable tarball&apos;s launcher sets it).</source>
        <translation>Un fichier PEM des autorités de certification à approuver à la place de celles du système (le lanceur de l&apos;archive portable la définit).</translation>
    </message>
    <message>
        <source>The control host used when --control-host is not given (default portquiz.net); none turns the control probe off.</source>
        <translation>L&apos;hôte de contrôle utilisé sans --control-host (par défaut portquiz.net) ; none désactive la sonde de contrôle.</translation>
    </message>
    <message>
        <source>The resolver configuration to read instead of /etc/resolv.conf.</source>
        <translation>La configuration du résolveur à lire à la place de /etc/resolv.conf.</translation>
    </message>
    <message>
        <source>The hosts file to read instead of /etc/hosts.</source>
        <translation>Le fichier d&apos;hôtes à lire à la place de /etc/hosts.</translation>
    </message>
    <message>
        <source>The language of the messages and reports when --lang is not given.</source>
        <translation>La langue des messages et des rapports sans --lang.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>The wizard&apos;s last runs, one JSON report each (under $XDG_DATA_HOME when it is set).</source>
        <translation>Les derniers diagnostics de l&apos;assistant, un rapport JSON chacun (sous $XDG_DATA_HOME si elle est définie).</translation>
    </message>
    <message>
        <source>The wizard&apos;s remembered settings, never a password (under $XDG_CONFIG_HOME when it is set).</source>
        <translation>Les réglages mémorisés par l&apos;assistant, jamais un mot de passe (sous $XDG_CONFIG_HOME si elle est définie).</translation>
    </message>
    <message>
        <source>The DNSSEC trust anchor of the root, from dns-root-data, unless --trust-anchor names another.</source>
        <translation>L&apos;ancre de confiance DNSSEC de la racine, fournie par dns-root-data, sauf si --trust-anchor en nomme une autre.</translation>
    </message>
    <message>
        <source>find out why mail cannot be sent, and what to do</source>
        <translation>trouver pourquoi les e-mails ne partent pas, et quoi faire</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>smtp-doctor-cli runs the diagnosis of SMTP Doctor without a screen: on the web server itself, where mail usually fails, or in a script. It checks what was typed, DNS, which ports are open or blocked, the SMTP dialogue, TLS and the certificate, signing in, a test message and the sender domain&apos;s records, then prints a report that says, in plain words, what is wrong and what to do.</source>
        <translation>smtp-doctor-cli lance le diagnostic de SMTP Doctor sans écran : sur le serveur web lui-même, là où l&apos;envoi échoue le plus souvent, ou dans un script. Il vérifie ce qui a été saisi, le DNS, les ports ouverts ou bloqués, le dialogue SMTP, TLS et le certificat, la connexion, un message de test et les enregistrements du domaine de l&apos;expéditeur, puis affiche un rapport qui dit simplement ce qui ne va pas et quoi faire.</translation>
    </message>
    <message>
        <source>Each command has its own options; &quot;smtp-doctor-cli help COMMAND&quot; prints them. Secrets are read from the environment or standard input, never from the command line.</source>
        <translation>Chaque commande a ses propres options ; « smtp-doctor-cli help COMMANDE » les affiche. Les secrets sont lus dans l&apos;environnement ou sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>the wizard that finds out why mail cannot be sent</source>
        <translation>l&apos;assistant qui trouve pourquoi les e-mails ne partent pas</translation>
    </message>
    <message>
        <source>It asks what is happening and where the mail is sent from, then the server&apos;s settings (or a provider&apos;s), and goes step by step: connectivity and firewall, the website&apos;s own view through a small PHP probe, the domain&apos;s records, a test message, and the results, each with what to do. The report can be copied for a support ticket or exported as HTML, PDF or JSON.</source>
        <translation>Il demande ce qui se passe et d&apos;où partent les e-mails, puis les réglages du serveur (ou d&apos;un fournisseur), et avance étape par étape : connectivité et pare-feu, la vue du site web lui-même grâce à une petite sonde PHP, les enregistrements du domaine, un message de test, et les résultats, chacun avec quoi faire. Le rapport peut être copié pour un ticket de support ou exporté en HTML, PDF ou JSON.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the wizard was closed</source>
        <translation>l&apos;assistant a été fermé</translation>
    </message>
    <message>
        <source>no display to open the wizard on</source>
        <translation>pas d&apos;écran où ouvrir l&apos;assistant</translation>
    </message>
    <message>
        <source>Opens the wizard in French.</source>
        <translation>Ouvre l&apos;assistant en français.</translation>
    </message>
    <message>
        <source>Says what a finding of a report means and what to do about it.</source>
        <translation>Dit ce que signifie un constat d&apos;un rapport et quoi faire.</translation>
    </message>
    <message>
        <source>The variable that --password-env VAR names holds the password, and the one that --token-env VAR names an OAuth2 access token. Choose the names (such as SMTP_PASSWORD): a secret read from there, or from standard input with --password-stdin or --token-stdin, never shows in the process list, a report or a transcript.</source>
        <translation>La variable que nomme --password-env VAR contient le mot de passe, et celle que nomme --token-env VAR un jeton d&apos;accès OAuth2. Choisissez les noms (comme SMTP_PASSWORD) : un secret lu à cet endroit, ou sur l&apos;entrée standard avec --password-stdin ou --token-stdin, n&apos;apparaît jamais dans la liste des processus, un rapport ou une transcription.</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>SMTP Doctor: %1 port %2 (%3)</source>
        <translation>SMTP Doctor&#xa0;: %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>**%1 problem(s), %2 warning(s), %3 passed**, checked %4 in %5 ms.</source>
        <translation>**%1 problème(s), %2 avertissement(s), %3 réussi(s)**, vérifié le %4 en %5 ms.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a finding&apos;s heading: its severity, then its title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <source>Where it ran</source>
        <translation>Où la vérification a eu lieu</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>Résolveur DNS</translation>
    </message>
    <message>
        <source>Address families</source>
        <translation>Familles d&apos;adresses</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine d&apos;expédition</translation>
    </message>
    <message>
        <source>SMTP transcript</source>
        <translation>Transcription SMTP</translation>
    </message>
    <message>
        <source>Cryptography</source>
        <translation>Cryptographie</translation>
    </message>
    <message>
        <source>SMTP Doctor: no server checked</source>
        <translation>SMTP Doctor&#xa0;: aucun serveur vérifié</translation>
    </message>
</context>
<context>
    <name>MessageCommand</name>
    <message>
        <source>Reads a message that arrived: its route, the receiver&apos;s verdicts, a bounce.</source>
        <translation>Lit un message reçu : son trajet, les verdicts du destinataire, un avis de non-remise.</translation>
    </message>
    <message>
        <source>The message&apos;s source or headers (.eml, or text as copied); - reads standard input.</source>
        <translation>La source ou les en-têtes du message (.eml, ou texte copié) ; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--file is required (- reads standard input)</source>
        <translation>--file est obligatoire (- lit l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not a single message</source>
        <translation>%1 dépasse %2 Mio : ce n&apos;est pas un seul message</translation>
    </message>
    <message>
        <source>Seconds to wait for each DNS answer of the checks (default 5).</source>
        <translation>Secondes d&apos;attente pour chaque réponse DNS des vérifications (5 par défaut).</translation>
    </message>
    <message>
        <source>Only read what the message says: no DNS look-up, so no DKIM, SPF or DMARC check done again.</source>
        <translation>Lire seulement ce que dit le message : aucune recherche DNS, donc aucune nouvelle vérification DKIM, SPF ou DMARC.</translation>
    </message>
    <message>
        <source>The DNS blocklists to ask about the sending server&apos;s address, comma-separated zones (default: %1). Each list learns the address.</source>
        <translation>Les listes de blocage DNS à interroger sur l&apos;adresse du serveur d&apos;envoi, zones séparées par des virgules (par défaut : %1). Chaque liste apprend l&apos;adresse.</translation>
    </message>
    <message>
        <source>Ask no DNS blocklist about the sending server.</source>
        <translation>N&apos;interroger aucune liste de blocage DNS sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>--dnsbl and --no-dnsbl exclude each other</source>
        <translation>--dnsbl et --no-dnsbl s&apos;excluent</translation>
    </message>
    <message>
        <source>--dnsbl: %1 is not a DNS zone</source>
        <translation>--dnsbl : %1 n&apos;est pas une zone DNS</translation>
    </message>
    <message>
        <source>--dnsbl needs at least one zone (or --no-dnsbl)</source>
        <translation>--dnsbl demande au moins une zone (ou --no-dnsbl)</translation>
    </message>
    <message>
        <source>The SMTP account that sent the message (its sign-in address): a From address that differs is reported.</source>
        <translation>Le compte SMTP qui a envoyé le message (son adresse de connexion) : une adresse From différente est signalée.</translation>
    </message>
    <message>
        <source>The SMTP server the site should send through: a route that never reaches it is reported.</source>
        <translation>Le serveur SMTP par lequel le site devrait envoyer : un trajet qui ne l&apos;atteint jamais est signalé.</translation>
    </message>
    <message>
        <source>--sender must be an e-mail address, not &quot;%1&quot;</source>
        <translation>--sender doit être une adresse e-mail, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>MessageDiagnosis</name>
    <message>
        <source>Paste the message&apos;s headers or its whole source, or open an .eml file.</source>
        <translation>Collez les en-têtes du message ou toute sa source, ou ouvrez un fichier .eml.</translation>
    </message>
    <message>
        <source>This is larger than %1 MiB: not a single message.</source>
        <translation>Cela dépasse %1 Mio : ce n&apos;est pas un seul message.</translation>
    </message>
    <message>
        <source>This does not look like a message&apos;s headers: copy them from the message&apos;s source, where lines start with Received:, From: or Date:.</source>
        <translation>Cela ne ressemble pas aux en-têtes d&apos;un message : copiez-les depuis la source du message, où les lignes commencent par Received:, From: ou Date:.</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>Lecture du message...</translation>
    </message>
    <message>
        <source>Checking DKIM, SPF and DMARC again, the sender&apos;s reverse DNS and the blocklists...</source>
        <translation>Nouvelle vérification de DKIM, SPF et DMARC, du DNS inverse de l&apos;expéditeur et des listes de blocage...</translation>
    </message>
</context>
<context>
    <name>MessageDiagrams</name>
    <message>
        <source>no readable time</source>
        <translation>heure illisible</translation>
    </message>
    <message>
        <source>The message&apos;s route, hop by hop</source>
        <translation>Le trajet du message, étape par étape</translation>
    </message>
    <message>
        <source>Which domain each check used, against the From domain</source>
        <translation>Le domaine vérifié par chaque contrôle, face au domaine de l&apos;expéditeur (From)</translation>
    </message>
    <message>
        <source>%1 s earlier: the two servers&apos; clocks differ</source>
        <translation>%1 s plus tôt : les horloges des deux serveurs diffèrent</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1. %2 → %3, %4</source>
        <translation>%1. %2 → %3, %4</translation>
    </message>
    <message>
        <source>%1 after the previous hop</source>
        <translation>%1 après l&apos;étape précédente</translation>
    </message>
    <message>
        <source>slow: the time went here</source>
        <translation>lent : le temps a été perdu ici</translation>
    </message>
    <message>
        <source>domain unknown</source>
        <translation>domaine inconnu</translation>
    </message>
    <message>
        <source>aligned (the same domain)</source>
        <translation>aligné (le même domaine)</translation>
    </message>
    <message>
        <source>aligned (same organization; not in strict mode)</source>
        <translation>aligné (même organisation ; pas en mode strict)</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
    </message>
    <message>
        <source>The message carries no receiver&apos;s results: the domains are shown without them.</source>
        <translation>Le message ne porte aucun résultat du serveur destinataire : les domaines sont montrés sans résultat.</translation>
    </message>
    <message>
        <source>DMARC needs SPF or DKIM to pass with a domain aligned with From: neither does here.</source>
        <translation>DMARC demande que SPF ou DKIM réussisse avec un domaine aligné sur From : aucun des deux ici.</translation>
    </message>
    <message>
        <source>DMARC needs SPF or DKIM to pass with a domain aligned with From: %1 does.</source>
        <translation>DMARC demande que SPF ou DKIM réussisse avec un domaine aligné sur From : c&apos;est le cas de %1.</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>Domaine de l&apos;expéditeur (From) : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1 : %2, %3, %4</translation>
    </message>
    <message>
        <source>not checked by the receiver</source>
        <translation>non vérifié par le destinataire</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Since the previous hop</source>
        <translation>Depuis l&apos;étape précédente</translation>
    </message>
    <message>
        <source>From domain:</source>
        <translation>Domaine de l&apos;expéditeur (From) :</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Domain it used</source>
        <translation>Domaine vérifié</translation>
    </message>
    <message>
        <source>Result at the receiver</source>
        <translation>Résultat chez le destinataire</translation>
    </message>
    <message>
        <source>Against From</source>
        <translation>Face à From</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Open an .&amp;eml file...</source>
        <translation>Ouvrir un fichier .&amp;eml...</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check a message that arrived</source>
        <translation>Vérifier un message reçu</translation>
    </message>
    <message>
        <source>When mail is sent but not received, or lands in spam, the message itself says how the receiving server judged it: its route, SPF, DKIM and DMARC.</source>
        <translation>Quand le courrier part mais n&apos;arrive pas, ou arrive dans les indésirables, le message lui-même dit comment le serveur destinataire l&apos;a jugé : son trajet, SPF, DKIM et DMARC.</translation>
    </message>
    <message>
        <source>Copy the message&apos;s source from the mailbox that received it: in Gmail, &quot;Show original&quot; (in the message&apos;s ⋮ menu); in Outlook, &quot;View message source&quot;; in Thunderbird, &quot;View source&quot; (Ctrl+U). The headers alone are enough.</source>
        <translation>Copiez la source du message depuis la boîte qui l&apos;a reçu : dans Gmail, « Afficher l&apos;original » (menu ⋮ du message) ; dans Outlook, « Afficher la source du message » ; dans Thunderbird, « Code source du message » (Ctrl+U). Les en-têtes suffisent.</translation>
    </message>
    <message>
        <source>The &amp;message&apos;s source or headers:</source>
        <translation>Le &amp;message : sa source ou ses en-têtes :</translation>
    </message>
    <message>
        <source>The message&apos;s source or headers</source>
        <translation>La source du message ou ses en-têtes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Findings from the message</source>
        <translation>Constats tirés du message</translation>
    </message>
    <message>
        <source>The message&apos;s route and which domains the checks used</source>
        <translation>Le trajet du message et les domaines vérifiés par chaque contrôle</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt)</source>
        <translation>Messages (*.eml *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not a single message.</source>
        <translation>%1 dépasse %2 Mio : ce n&apos;est pas un seul message.</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>Lecture du message...</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Done: the findings are below.</source>
        <translation>Terminé : les constats sont ci-dessous.</translation>
    </message>
    <message>
        <source>Also check &amp;DKIM, SPF, DMARC, the sender&apos;s reverse DNS and blocklists now (DNS look-ups)</source>
        <translation>Vérifier aussi &amp;DKIM, SPF, DMARC, le DNS inverse de l&apos;expéditeur et les listes de blocage maintenant (requêtes DNS)</translation>
    </message>
</context>
<context>
    <name>OAuthOptions</name>
    <message>
        <source>Sign in with OAuth2 through this provider&apos;s device sign-in: google, microsoft or custom (prints an address and a code to enter there).</source>
        <translation>Se connecter avec OAuth2 par la connexion sur appareil de ce fournisseur : google, microsoft ou custom (affiche une adresse et un code à y saisir).</translation>
    </message>
    <message>
        <source>The client id of your own app registration with the provider.</source>
        <translation>L&apos;identifiant client de l&apos;inscription de votre propre application chez le fournisseur.</translation>
    </message>
    <message>
        <source>The device authorization endpoint (custom provider).</source>
        <translation>Le point de terminaison d&apos;autorisation d&apos;appareil (fournisseur personnalisé).</translation>
    </message>
    <message>
        <source>The token endpoint (custom provider).</source>
        <translation>Le point de terminaison des jetons (fournisseur personnalisé).</translation>
    </message>
    <message>
        <source>A scope to ask for (repeatable; default: the provider&apos;s SMTP scopes).</source>
        <translation>Un scope à demander (répétable ; par défaut : les scopes SMTP du fournisseur).</translation>
    </message>
    <message>
        <source>The resource (audience) the token is for, RFC 8707; a token that names another is reported as such.</source>
        <translation>La ressource (audience) à laquelle le jeton est destiné, RFC 8707 ; un jeton qui en nomme une autre est signalé comme tel.</translation>
    </message>
    <message>
        <source>--%1 goes with --oauth-provider</source>
        <translation>--%1 s&apos;emploie avec --oauth-provider</translation>
    </message>
    <message>
        <source>--oauth-provider needs --oauth-client-id (your app registration&apos;s client id)</source>
        <translation>--oauth-provider demande --oauth-client-id (l&apos;identifiant client de l&apos;inscription de votre application)</translation>
    </message>
    <message>
        <source>the custom provider</source>
        <translation>le fournisseur personnalisé</translation>
    </message>
    <message>
        <source>--oauth-provider custom needs --oauth-device-url URL and --oauth-token-url URL</source>
        <translation>--oauth-provider custom demande --oauth-device-url URL et --oauth-token-url URL</translation>
    </message>
    <message>
        <source>--oauth-provider must be google, microsoft or custom</source>
        <translation>--oauth-provider doit valoir google, microsoft ou custom</translation>
    </message>
    <message>
        <source>%1 has no device sign-in for SMTP: %2</source>
        <translation>%1 ne propose pas de connexion sur appareil pour SMTP : %2</translation>
    </message>
    <message>
        <source>To sign in with %1, open %2 and enter the code %3</source>
        <translation>Pour vous connecter avec %1, ouvrez %2 et saisissez le code %3</translation>
    </message>
    <message>
        <source>(or open %1)</source>
        <translation>(ou ouvrez %1)</translation>
    </message>
    <message>
        <source>Waiting for your approval...</source>
        <translation>En attente de votre approbation...</translation>
    </message>
</context>
<context>
    <name>OAuthSignInPanel</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>the client id of your app registration</source>
        <translation>l&apos;identifiant client de l&apos;inscription de votre application</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Point de terminaison d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison de jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation>séparés par des espaces</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>Identifiant c&amp;lient :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Authori&amp;zation endpoint:</source>
        <translation>Point d&apos;autori&amp;sation :</translation>
    </message>
    <message>
        <source>To&amp;ken endpoint:</source>
        <translation>Point de &amp;jeton :</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes :</translation>
    </message>
    <message>
        <source>Enter your provider&apos;s endpoints and your app&apos;s client id, then sign in.</source>
        <translation>Saisissez les points de terminaison de votre fournisseur et l&apos;identifiant client de votre application, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Enter the client id of your own app registration with %1, then sign in.</source>
        <translation>Saisissez l&apos;identifiant client de l&apos;inscription de votre propre application chez %1, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Enter the client id of your app registration first.</source>
        <translation>Saisissez d&apos;abord l&apos;identifiant client de l&apos;inscription de votre application.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s authorization and token endpoints (https://...).</source>
        <translation>Saisissez les points de terminaison d&apos;autorisation et de jeton du fournisseur (https://...).</translation>
    </message>
    <message>
        <source>Enter the scopes to ask for.</source>
        <translation>Saisissez les scopes à demander.</translation>
    </message>
    <message>
        <source>Sign in and consent in your web browser; SMTP Doctor waits for its answer.</source>
        <translation>Connectez-vous et donnez votre accord dans votre navigateur web ; SMTP Doctor attend sa réponse.</translation>
    </message>
    <message>
        <source>Opening your web browser...</source>
        <translation>Ouverture de votre navigateur web...</translation>
    </message>
    <message>
        <source>Renewing the access token...</source>
        <translation>Renouvellement du jeton d&apos;accès...</translation>
    </message>
    <message>
        <source>Signed in: the access token is valid until %1.</source>
        <translation>Connecté : le jeton d&apos;accès est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>La connexion a échoué : %1 (%2).</translation>
    </message>
    <message>
        <source>Si&amp;gn in in the browser</source>
        <translation>Se connecter dans le navi&amp;gateur</translation>
    </message>
</context>
<context>
    <name>OutputOptions</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (default text).</source>
        <translation>%1 (text par défaut).</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Écrire le rapport dans ce fichier.</translation>
    </message>
    <message>
        <source>--format must be %1, not &quot;%2&quot;</source>
        <translation>--format doit valoir %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Print only the verdict line; the exit status says the rest.</source>
        <translation>N&apos;afficher que la ligne du verdict ; le code de sortie dit le reste.</translation>
    </message>
    <message>
        <source>Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never (default auto).</source>
        <translation>Couleur du rapport texte : auto (sur un terminal, sauf si NO_COLOR est définie), always ou never (par défaut auto).</translation>
    </message>
    <message>
        <source>--color must be auto, always or never, not &quot;%1&quot;</source>
        <translation>--color doit valoir auto, always ou never, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot write the report to standard output</source>
        <translation>impossible d&apos;écrire le rapport sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write the report to &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire le rapport dans « %1 » : %2</translation>
    </message>
    <message>
        <source>smtp-doctor-cli: cannot write the report so far to &quot;%1&quot; (%2); the run goes on.</source>
        <translation>smtp-doctor-cli : impossible d&apos;écrire le rapport en cours dans « %1 » (%2) ; l&apos;exécution continue.</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>No system keychain is available here: the password is kept for this session only.</source>
        <translation>Aucun trousseau système n&apos;est disponible ici&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain refused access: the password is kept for this session only.</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1): the password is kept for this session only.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé (%1)&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain gave no password for this user and server: none was saved, or the keychain is locked.</source>
        <translation>Le trousseau du système n&apos;a donné aucun mot de passe pour cet utilisateur et ce serveur : aucun n&apos;a été enregistré, ou le trousseau est verrouillé.</translation>
    </message>
</context>
<context>
    <name>PluginModule</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
    <message>
        <source>%1 is not the module this SMTP Doctor expects.</source>
        <translation>%1 n&apos;est pas le module qu&apos;attend ce SMTP Doctor.</translation>
    </message>
</context>
<context>
    <name>PortGridModel</name>
    <message>
        <source>trying...</source>
        <translation>essai...</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1&#xa0;: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
</context>
<context>
    <name>PortSweepCheck</name>
    <message>
        <source>Trying ports %1 on %2</source>
        <translation>Essai des ports %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Makes the one-file PHP probe that tests the mail server from your website.</source>
        <translation>Crée la sonde PHP en un seul fichier qui teste le serveur de messagerie depuis votre site web.</translation>
    </message>
    <message>
        <source>Minutes until the probe expires and deletes itself (default %1, at most %2).</source>
        <translation>Minutes avant que la sonde expire et se supprime (par défaut %1, au plus %2).</translation>
    </message>
    <message>
        <source>The folder to write the file to.</source>
        <translation>Le dossier où écrire le fichier.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text ou json (par défaut text).</translation>
    </message>
    <message>
        <source>Make a new probe file.</source>
        <translation>Créer un nouveau fichier de sonde.</translation>
    </message>
    <message>
        <source>say what to do: smtp-doctor-cli probe create ...</source>
        <translation>dites quoi faire : smtp-doctor-cli probe create ...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probe command; the only one is &quot;create&quot;</source>
        <translation>« %1 » n&apos;est pas une commande de sonde ; la seule est « create »</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--host &quot;%1&quot; names no server the probe can test</source>
        <translation>--host « %1 » ne désigne aucun serveur que la sonde peut tester</translation>
    </message>
    <message>
        <source>--valid must be a number of minutes from 1 to %1, not &quot;%2&quot;</source>
        <translation>--valid doit être un nombre de minutes de 1 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--out must name the folder to write the probe to</source>
        <translation>--out doit désigner le dossier où écrire la sonde</translation>
    </message>
    <message>
        <source>--out &quot;%1&quot; is not a folder</source>
        <translation>--out « %1 » n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation>--format doit être text ou json, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Probe written to %1</source>
        <translation>Sonde écrite dans %1</translation>
    </message>
    <message>
        <source>Key (keep it secret; it is shown only once): %1</source>
        <translation>Clé (gardez-la secrète ; elle n&apos;est affichée qu&apos;une fois) : %1</translation>
    </message>
    <message>
        <source>Expires: %1 (it then answers 410 and deletes itself)</source>
        <translation>Expire : %1 (elle répond alors 410 et se supprime)</translation>
    </message>
    <message>
        <source>Upload the file next to your website&apos;s pages (the folder with index.php), then add to smtp-doctor-cli diagnose: --site-probe followed by the file&apos;s address, and --site-key-file with a file that holds the key.</source>
        <translation>Envoyez le fichier à côté des pages de votre site web (le dossier qui contient index.php), puis ajoutez à smtp-doctor-cli diagnose : --site-probe suivi de l&apos;adresse du fichier, et --site-key-file avec un fichier qui contient la clé.</translation>
    </message>
</context>
<context>
    <name>ProfileTable</name>
    <message>
        <source>not tried</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>The main and the backup connection side by side</source>
        <translation>La connexion principale et la connexion de secours côte à côte</translation>
    </message>
    <message>
        <source>Main connection</source>
        <translation>Connexion principale</translation>
    </message>
    <message>
        <source>Backup connection</source>
        <translation>Connexion de secours</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion au compte</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Ne fonctionne pas</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
</context>
<context>
    <name>RecordError</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedFindings</name>
    <message>
        <source>%1 and %2</source>
        <comment>a list: the items but the last, then the last</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n more port(s): %2</source>
        <translation>
            <numerusform>%1 ; idem sur %n autre port : %2</numerusform>
            <numerusform>%1 ; idem sur %n autres ports : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n more address(es): %2</source>
        <translation>
            <numerusform>%1 ; idem sur %n autre adresse : %2</numerusform>
            <numerusform>%1 ; idem sur %n autres adresses : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same for %n more: %2</source>
        <translation>
            <numerusform>%1 ; idem pour %n autre : %2</numerusform>
            <numerusform>%1 ; idem pour %n autres : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDigest</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Envoyé depuis</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Le fichier PDF n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be an SMTP Doctor report.</source>
        <translation>Le fichier %1 est trop volumineux pour être un rapport SMTP Doctor.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no report.</source>
        <translation>Le fichier %1 est vide&#xa0;: il ne contient aucun rapport.</translation>
    </message>
    <message>
        <source>%1 is cut short: the report is incomplete, perhaps truncated while it was copied. Copy the whole file again.</source>
        <translation>Le fichier %1 est tronqué&#xa0;: le rapport est incomplet, peut-être coupé pendant sa copie. Copiez de nouveau le fichier en entier.</translation>
    </message>
    <message>
        <source>%1 is not a JSON file, so it is not an SMTP Doctor report (%2 at byte %3).</source>
        <translation>%1 n&apos;est pas un fichier JSON, ce n&apos;est donc pas un rapport SMTP Doctor (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 is an SMTP Doctor report in a format this version does not read (%2; this version reads %3). Update SMTP Doctor.</source>
        <translation>%1 est un rapport SMTP Doctor dans un format que cette version ne sait pas lire (%2&#xa0;; cette version lit %3). Mettez SMTP Doctor à jour.</translation>
    </message>
    <message>
        <source>%1 is a JSON file, but not an SMTP Doctor report (it does not say &quot;schema&quot;: &quot;%2&quot;).</source>
        <translation>%1 est un fichier JSON, mais pas un rapport SMTP Doctor (il ne contient pas &quot;schema&quot;: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportStep</name>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Domain records</source>
        <translation>Enregistrements du domaine</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Autres vérifications</translation>
    </message>
    <message>
        <source>From your website</source>
        <translation>Depuis votre site web</translation>
    </message>
</context>
<context>
    <name>ReportVerdict</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Your network blocks outgoing port %1, but %2 works: switch to port %2 with %3.</source>
        <translation>Votre réseau bloque le port sortant %1, mais le port %2 fonctionne&#xa0;: passez au port %2 avec %3.</translation>
    </message>
    <message>
        <source>Port %1 does not work from here, but %2 does: switch to port %2 with %3.</source>
        <translation>Le port %1 ne fonctionne pas depuis cette machine, mais le port %2 fonctionne&#xa0;: passez au port %2 avec %3.</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>Aucune vérification n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>No problem found: this server accepts connections as a mail program expects.</source>
        <translation>Aucun problème trouvé&#xa0;: ce serveur accepte les connexions comme un logiciel de messagerie s&apos;y attend.</translation>
    </message>
    <message>
        <source>Most likely cause: %1.</source>
        <translation>Cause la plus probable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Most likely cause: %1. Next step: %2</source>
        <translation>Cause la plus probable&#xa0;: %1. Prochaine étape&#xa0;: %2</translation>
    </message>
    <message>
        <source>No problem found so far, but the run stopped before its end: what it had not reached is not known.</source>
        <translation>Aucun problème trouvé jusqu&apos;ici, mais l&apos;exécution s&apos;est arrêtée avant la fin : ce qu&apos;elle n&apos;a pas atteint n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>From your website port %1 is blocked; from this computer it works: %2</source>
        <translation>Depuis votre site web, le port %1 est bloqué&#xa0;; depuis cet ordinateur, il fonctionne&#xa0;: %2</translation>
    </message>
    <message>
        <source>From your website port %1 reaches another mail server than from this computer: %2</source>
        <translation>Depuis votre site web, le port %1 mène à un autre serveur de messagerie que depuis cet ordinateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>From your website the certificate on port %1 is not trusted; from this computer it is: %2</source>
        <translation>Depuis votre site web, le certificat du port %1 n&apos;est pas reconnu&#xa0;; depuis cet ordinateur, il l&apos;est&#xa0;: %2</translation>
    </message>
    <message>
        <source>From your website no TLS version works on port %1; from this computer it does: %2</source>
        <translation>Depuis votre site web, aucune version de TLS ne fonctionne sur le port %1&#xa0;; depuis cet ordinateur, si&#xa0;: %2</translation>
    </message>
    <message>
        <source>From your website: %1.</source>
        <translation>Depuis votre site web&#xa0;: %1.</translation>
    </message>
    <message>
        <source>From your website: %1. Next step: %2</source>
        <translation>Depuis votre site web&#xa0;: %1. Prochaine étape&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>%1 port %2, %3 - SMTP Doctor</source>
        <translation>%1, port %2, %3 - SMTP Doctor</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(aucun hôte)</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
</context>
<context>
    <name>ResolveCheck</name>
    <message>
        <source>Looking up %1</source>
        <translation>Recherche DNS de %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>the system resolver&apos;s answer</source>
        <translation>la réponse du résolveur du système</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>No check has run yet: go back to the connectivity step.</source>
        <translation>Aucune vérification n&apos;a encore été faite&#xa0;: revenez à l&apos;étape Connectivité.</translation>
    </message>
    <message>
        <source>Add the &amp;server&apos;s report...</source>
        <translation>Ajouter le rapport du &amp;serveur...</translation>
    </message>
    <message>
        <source>Compare with a JSON report that smtp-doctor-cli made on your web server: what your website sees, port by port</source>
        <translation>Comparer avec un rapport JSON que smtp-doctor-cli a fait sur votre serveur web&#xa0;: ce que voit votre site, port par port</translation>
    </message>
    <message>
        <source>Add the server&apos;s report</source>
        <translation>Ajouter le rapport du serveur</translation>
    </message>
    <message>
        <source>SMTP Doctor reports (*.json)</source>
        <translation>Rapports SMTP Doctor (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>Problèmes &amp;uniquement</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Copy the report as Markdown, ready to paste into a support ticket (Ctrl+C)</source>
        <translation>Copier le rapport au format Markdown, prêt à coller dans une demande d&apos;assistance (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save the report as Markdown, HTML, JSON or PDF (Ctrl+S)</source>
        <translation>Enregistrer le rapport au format Markdown, HTML, JSON ou PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Findings, grouped by step</source>
        <translation>Constats, regroupés par étape</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Détails du constat sélectionné</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Choose a file ending in .md, .html, .json or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .md, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the run&apos;s lock is held by another program</source>
        <translation>le verrou de l&apos;analyse est tenu par un autre programme</translation>
    </message>
    <message>
        <source>SMTP Doctor cannot write to its history folder %1 (%2), so this run is not kept in the history. The diagnosis goes on: you can still copy or export the report from the results.</source>
        <translation>SMTP Doctor ne peut pas écrire dans son dossier d&apos;historique %1 (%2) : cette analyse n&apos;est donc pas conservée dans l&apos;historique. Le diagnostic continue : vous pouvez toujours copier ou exporter le rapport depuis les résultats.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Historique non enregistré</translation>
    </message>
</context>
<context>
    <name>RunStop</name>
    <message>
        <source>This run was cancelled during the step &quot;%1&quot; (still running: %2). The report holds everything measured until then.</source>
        <translation>Cette exécution a été annulée pendant l&apos;étape « %1 » (encore en cours : %2). Le rapport contient tout ce qui a été mesuré jusque-là.</translation>
    </message>
    <message>
        <source>This run reached its overall time limit during the step &quot;%1&quot; (still running: %2). The report holds everything measured until then.</source>
        <translation>Cette exécution a atteint son délai global pendant l&apos;étape « %1 » (encore en cours : %2). Le rapport contient tout ce qui a été mesuré jusque-là.</translation>
    </message>
    <message>
        <source>This run stopped unexpectedly during the step &quot;%1&quot; (still running: %2): the program was closed by force or crashed. The report holds everything it had recorded.</source>
        <translation>Cette exécution s&apos;est arrêtée de façon inattendue pendant l&apos;étape « %1 » (encore en cours : %2) : le programme a été fermé de force ou a planté. Le rapport contient tout ce qu&apos;il avait enregistré.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>SMTP server name or address.</source>
        <translation>Nom ou adresse du serveur SMTP.</translation>
    </message>
    <message>
        <source>Port (default 587).</source>
        <translation>Port (587 par défaut).</translation>
    </message>
    <message>
        <source>none, starttls or tls (default: tls on 465, else starttls).</source>
        <translation>none, starttls ou tls (par défaut&#xa0;: tls sur le port 465, sinon starttls).</translation>
    </message>
    <message>
        <source>Seconds to wait for each step: connect, reply, DNS (default 10).</source>
        <translation>Secondes d&apos;attente pour chaque étape&#xa0;: connexion, réponse, DNS (10 par défaut).</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file (default: the root&apos;s, from dns-root-data).</source>
        <translation>Fichier d&apos;ancre de confiance DNSSEC (par défaut&#xa0;: celle de la racine, fournie par dns-root-data).</translation>
    </message>
    <message>
        <source>Other ports to try besides --port (default 25,465,587,2525).</source>
        <translation>Autres ports à essayer en plus de --port (25,465,587,2525 par défaut).</translation>
    </message>
    <message>
        <source>A host that answers on every port, to tell a local block from a server problem (default portquiz.net), or none.</source>
        <translation>Un hôte qui répond sur tous les ports, pour distinguer un blocage local d&apos;un problème du serveur (portquiz.net par défaut), ou none.</translation>
    </message>
    <message>
        <source>DNS server to ask instead of the system&apos;s.</source>
        <translation>Serveur DNS à interroger à la place de celui du système.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>De&amp;tect settings</source>
        <translation>Dét&amp;ecter les paramètres</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server exactly as your website or mail program has it.</source>
        <translation>Saisissez le serveur d&apos;envoi (SMTP) exactement comme il figure dans les réglages de votre site web ou de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>for example smtp.example.com</source>
        <translation>par exemple smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>the domain of your From address, such as example.com</source>
        <translation>le domaine de votre adresse d&apos;expéditeur (From), par exemple example.com</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine d&apos;expédition</translation>
    </message>
    <message>
        <source>optional, such as google or selector1, s1</source>
        <translation>facultatif, par exemple google ou selector1, s1</translation>
    </message>
    <message>
        <source>DKIM selectors</source>
        <translation>Sélecteurs DKIM</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s published settings and the provider table</source>
        <translation>Rechercher les paramètres publiés par le domaine d&apos;expédition et ceux de la liste des fournisseurs</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Sender do&amp;main:</source>
        <translation>Do&amp;maine d&apos;expédition&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM se&amp;lectors:</source>
        <translation>Sélecteurs D&amp;KIM&#xa0;:</translation>
    </message>
    <message>
        <source>the system&apos;s (leave empty), or 192.0.2.53@53</source>
        <translation>celui du système (laisser vide), ou 192.0.2.53@53</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>uniquement pour une autorité de certification privée</translation>
    </message>
    <message>
        <source>Extra trusted certificates file</source>
        <translation>Fichier de certificats de confiance supplémentaires</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time to wait for each step</source>
        <translation>Délai d&apos;attente pour chaque étape</translation>
    </message>
    <message>
        <source>Other ports to try</source>
        <translation>Autres ports à essayer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Reference host</source>
        <translation>Hôte de référence</translation>
    </message>
    <message>
        <source>A host that answers on every port. Comparing it with your server tells a block on your side from a problem at the server. Leave empty for none.</source>
        <translation>Un hôte qui répond sur tous les ports. Le comparer avec votre serveur permet de distinguer un blocage de votre côté d&apos;un problème au niveau du serveur. Laissez vide pour n&apos;en utiliser aucun.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>Certificats de co&amp;nfiance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wait for each step:</source>
        <translation>Dé&amp;lai pour chaque étape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other ports to try:</source>
        <translation>&amp;Autres ports à essayer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference host:</source>
        <translation>Hôte de &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>Enter an IP address, optionally followed by @port.</source>
        <translation>Saisissez une adresse IP, éventuellement suivie de @port.</translation>
    </message>
    <message>
        <source>Enter port numbers separated by commas, such as 25, 465, 587.</source>
        <translation>Saisissez des numéros de port séparés par des virgules, par exemple 25, 465, 587.</translation>
    </message>
    <message>
        <source>%1 (not confirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: ports %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: ports %2.</translation>
    </message>
    <message>
        <source>Not confirmed by the provider: %1.</source>
        <translation>Non confirmé par le fournisseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter the sender domain first (the part after @ in your address).</source>
        <translation>Saisissez d&apos;abord le domaine d&apos;expédition (la partie après @ dans votre adresse).</translation>
    </message>
    <message>
        <source>Looking up the settings of %1...</source>
        <translation>Recherche des paramètres de %1...</translation>
    </message>
    <message>
        <source>Nothing published for this domain. Ask your mail provider for its SMTP server, or pick it in the list of providers.</source>
        <translation>Rien n&apos;est publié pour ce domaine. Demandez à votre fournisseur de messagerie le nom de son serveur SMTP, ou choisissez-le dans la liste des fournisseurs.</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>Found %1, port %2, %3 (%4).</source>
        <translation>Trouvé&#xa0;: %1, port %2, %3 (%4).</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>Autres possibilités&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ServerRunPage</name>
    <message>
        <source>&amp;Copy the commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Test from your server</source>
        <translation>Tester depuis votre serveur</translation>
    </message>
    <message>
        <source>This computer&apos;s view is not the server&apos;s: a firewall there, or its provider, can block what works from here. Run the same diagnosis on the server.</source>
        <translation>Ce que voit cet ordinateur n&apos;est pas ce que voit le serveur : un pare-feu là-bas, ou son fournisseur, peut bloquer ce qui fonctionne d&apos;ici. Lancez le même diagnostic sur le serveur.</translation>
    </message>
    <message>
        <source>1. Copy %1 to the server (with scp, SFTP or your host&apos;s file manager). It runs on any 64-bit Linux and needs nothing installed there.</source>
        <translation>1. Copiez %1 sur le serveur (avec scp, SFTP ou le gestionnaire de fichiers de votre hébergeur). Il fonctionne sur tout Linux 64 bits et n&apos;a besoin de rien d&apos;installé là-bas.</translation>
    </message>
    <message>
        <source>2. Log in to the server (SSH) and run these commands in the folder where you copied it:</source>
        <translation>2. Connectez-vous au serveur (SSH) et lancez ces commandes dans le dossier où vous l&apos;avez copié :</translation>
    </message>
    <message>
        <source>Commands to run on the server</source>
        <translation>Commandes à lancer sur le serveur</translation>
    </message>
    <message>
        <source>3. Bring %1 back to this computer. On the Results step, Add the server&apos;s report compares it with what this computer sees, port by port; Open report (Ctrl+O) shows it alone.</source>
        <translation>3. Rapatriez %1 sur cet ordinateur. À l&apos;étape Résultats, Ajouter le rapport du serveur le compare à ce que voit cet ordinateur, port par port&#xa0;; Ouvrir un rapport (Ctrl+O) l&apos;affiche seul.</translation>
    </message>
</context>
<context>
    <name>SessionOptions</name>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Use this SASL mechanism (default: the strongest offered).</source>
        <translation>Utiliser ce mécanisme SASL (par défaut&#xa0;: le plus sûr de ceux que propose le serveur).</translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted connection (the password then crosses the network readable).</source>
        <translation>Autoriser la connexion au compte sur une connexion non chiffrée (le mot de passe traverse alors le réseau en clair).</translation>
    </message>
    <message>
        <source>Send the test message to this address.</source>
        <translation>Envoyer le message de test à cette adresse.</translation>
    </message>
    <message>
        <source>a password or token needs --user</source>
        <translation>un mot de passe ou un jeton exige --user</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token in this environment variable (OAUTHBEARER or XOAUTH2).</source>
        <translation>Se connecter avec le jeton d&apos;accès OAuth2 contenu dans cette variable d&apos;environnement (OAUTHBEARER ou XOAUTH2).</translation>
    </message>
    <message>
        <source>Sign in with the OAuth2 access token on the first line of standard input (OAUTHBEARER or XOAUTH2).</source>
        <translation>Se connecter avec le jeton d&apos;accès OAuth2 lu sur la première ligne de l&apos;entrée standard (OAUTHBEARER ou XOAUTH2).</translation>
    </message>
    <message>
        <source>--user needs exactly one of --password-stdin, --password-env VAR, --token-env VAR, --token-stdin or --oauth-provider</source>
        <translation>--user demande exactement une option parmi --password-stdin, --password-env VAR, --token-env VAR, --token-stdin ou --oauth-provider</translation>
    </message>
</context>
<context>
    <name>SiteProbeClient</name>
    <message>
        <source>Asking the probe on your website</source>
        <translation>Interrogation de la sonde de votre site web</translation>
    </message>
    <message>
        <source>Deleting the probe from your website</source>
        <translation>Suppression de la sonde de votre site web</translation>
    </message>
</context>
<context>
    <name>SiteProbeFile</name>
    <message>
        <source>&quot;%1&quot; is not a host name the probe can test.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte que la sonde peut tester.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The probe can stay valid from 1 to %1 minutes.</source>
        <translation>La sonde peut rester valable de 1 à %1 minutes.</translation>
    </message>
    <message>
        <source>The probe&apos;s template is missing from this build.</source>
        <translation>Le modèle de la sonde manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>SiteProbePage</name>
    <message>
        <source>&amp;Save the probe file...</source>
        <translation>&amp;Enregistrer le fichier de test...</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Test from your website</source>
        <translation>Tester depuis votre site web</translation>
    </message>
    <message>
        <source>Web hosts often block outgoing mail ports, or divert them to their own server: this computer never meets that. A small PHP file on your website tests from there.</source>
        <translation>Les hébergeurs bloquent souvent les ports de messagerie sortants, ou les détournent vers leur propre serveur : cet ordinateur ne le voit jamais. Un petit fichier PHP sur votre site teste depuis là-bas.</translation>
    </message>
    <message>
        <source>2. Upload it to your website&apos;s public folder (public_html, www or htdocs): with cPanel&apos;s File Manager (Upload), an FTP or SFTP program such as FileZilla, or a WordPress file-manager plugin.</source>
        <translation>2. Envoyez-le dans le dossier public de votre site (public_html, www ou htdocs) : avec le gestionnaire de fichiers de cPanel (Charger), un logiciel FTP ou SFTP comme FileZilla, ou une extension WordPress de gestion de fichiers.</translation>
    </message>
    <message>
        <source>Address of the probe file on your website</source>
        <translation>Adresse du fichier de test sur votre site</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Findings from your website</source>
        <translation>Constats depuis votre site web</translation>
    </message>
    <message>
        <source>Enter the address of the file you uploaded.</source>
        <translation>Saisissez l&apos;adresse du fichier que vous avez envoyé.</translation>
    </message>
    <message>
        <source>The address starts with https:// (or http://), as in your browser.</source>
        <translation>L&apos;adresse commence par https:// (ou http://), comme dans votre navigateur.</translation>
    </message>
    <message>
        <source>The address names no web site.</source>
        <translation>L&apos;adresse ne nomme aucun site web.</translation>
    </message>
    <message>
        <source>The address ends with the file&apos;s name, which ends in .php.</source>
        <translation>L&apos;adresse se termine par le nom du fichier, qui se termine par .php.</translation>
    </message>
    <message>
        <source>Save the probe file</source>
        <translation>Enregistrer le fichier de test</translation>
    </message>
    <message>
        <source>PHP files (*.php)</source>
        <translation>Fichiers PHP (*.php)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>1. Saved %1. It works until %2, then deletes itself; the test deletes it at the end too.</source>
        <translation>1. %1 est enregistré. Il fonctionne jusqu&apos;à %2, puis se supprime ; le test le supprime aussi à la fin.</translation>
    </message>
    <message>
        <source>Save the probe file first: it carries the key that lets this computer, and only it, ask it.</source>
        <translation>Enregistrez d&apos;abord le fichier de test : il contient la clé qui permet à cet ordinateur, et à lui seul, de l&apos;interroger.</translation>
    </message>
    <message>
        <source>The address does not end with %1, the file you saved.</source>
        <translation>L&apos;adresse ne se termine pas par %1, le fichier que vous avez enregistré.</translation>
    </message>
    <message>
        <source>Asking the probe on your website...</source>
        <translation>Interrogation du fichier de test sur votre site...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Done: your website answered.</source>
        <translation>Terminé : votre site a répondu.</translation>
    </message>
    <message>
        <source>The probe did not answer: see the finding below.</source>
        <translation>Le fichier de test n&apos;a pas répondu : voyez le constat ci-dessous.</translation>
    </message>
    <message>
        <source>The probe file was deleted from your website.</source>
        <translation>Le fichier de test a été supprimé de votre site.</translation>
    </message>
    <message>
        <source>The probe file could not be deleted from your website: delete %1 yourself (it stops working at %2 in any case).</source>
        <translation>Le fichier de test n&apos;a pas pu être supprimé de votre site : supprimez %1 vous-même (il cesse de fonctionner à %2 de toute façon).</translation>
    </message>
    <message>
        <source>1. Save the probe file. It works for %1 minutes and can only test the server of the previous page.</source>
        <translation>1. Enregistrez le fichier de test. Il fonctionne pendant %1 minutes et ne peut tester que le serveur de la page précédente.</translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation>Effacer l&apos;adresse</translation>
    </message>
    <message>
        <source>3. The file&apos;s a&amp;ddress on your website:</source>
        <translation>3. L&apos;a&amp;dresse du fichier sur votre site&#xa0;:</translation>
    </message>
    <message>
        <source>Save a new probe file to test again.</source>
        <translation>Enregistrez un nouveau fichier de test pour tester à nouveau.</translation>
    </message>
    <message>
        <source>1. The probe file was used and deleted: to test again, save a new one and upload it.</source>
        <translation>1. Le fichier de test a servi et a été supprimé : pour tester à nouveau, enregistrez-en un nouveau et envoyez-le.</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>Cannot connect to the SMTP server</source>
        <translation>Impossible de se connecter au serveur SMTP</translation>
    </message>
    <message>
        <source>The connection times out</source>
        <translation>La connexion expire (délai dépassé)</translation>
    </message>
    <message>
        <source>The server refuses the password</source>
        <translation>Le serveur refuse le mot de passe</translation>
    </message>
    <message>
        <source>Mail is sent but not received, or lands in spam</source>
        <translation>L&apos;e-mail est envoyé mais n&apos;arrive pas, ou tombe dans les spams</translation>
    </message>
    <message>
        <source>It works only sometimes</source>
        <translation>Cela ne fonctionne que parfois</translation>
    </message>
    <message>
        <source>A website on a web host</source>
        <translation>Un site web chez un hébergeur</translation>
    </message>
    <message>
        <source>A server the user can log in to</source>
        <translation>Un serveur auquel l&apos;utilisateur peut se connecter</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>SmtpCheck</name>
    <message>
        <source>Talking SMTP with %1 port %2</source>
        <translation>Dialogue SMTP avec %1, port %2</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>le message d&apos;accueil</translation>
    </message>
    <message>
        <source>the answer to EHLO</source>
        <translation>la réponse à EHLO</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>la réponse à STARTTLS</translation>
    </message>
    <message>
        <source>the answer to the sign-in (AUTH)</source>
        <translation>la réponse à la connexion (AUTH)</translation>
    </message>
    <message>
        <source>the answer to the test message</source>
        <translation>la réponse au message de test</translation>
    </message>
    <message>
        <source>the answer to QUIT</source>
        <translation>la réponse à QUIT</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
</context>
<context>
    <name>SpamHeaderTable</name>
    <message>
        <source>meaning</source>
        <extracomment>The key of resources/message/spam-headers.json that holds the texts in this language. French: meaning_fr. Keep it a key of that file.</extracomment>
        <translation>meaning_fr</translation>
    </message>
    <message>
        <source>Rules that matched: %1.</source>
        <translation>Règles déclenchées : %1.</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>The sending server&apos;s address.</source>
        <translation>L&apos;adresse du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>MAIL FROM address (default postmaster@DOMAIN).</source>
        <translation>Adresse MAIL FROM (postmaster@DOMAIN par défaut).</translation>
    </message>
    <message>
        <source>HELO name (default: the domain).</source>
        <translation>Nom HELO (par défaut&#xa0;: le domaine).</translation>
    </message>
    <message>
        <source>--ip must be an IPv4 or IPv6 address</source>
        <translation>--ip doit être une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>SPF for %1 from %2: %3</source>
        <translation>SPF de %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 DNS lookups counted, %2 void, in %3 ms</source>
        <translation>%1 requêtes DNS comptées, %2 sans résultat, en %3 ms</translation>
    </message>
    <message>
        <source>Gives the SPF verdict for a sending address, with its trail.</source>
        <translation>Donne le verdict SPF pour une adresse d&apos;envoi, avec son cheminement.</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>The SPF record of %1 does not allow %2 to send mail for it.</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;autorise pas %2 à envoyer des e-mails pour ce domaine.</translation>
    </message>
</context>
<context>
    <name>SpfMacro</name>
    <message>
        <source>character U+%1 is not allowed</source>
        <translation>le caractère U+%1 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>&quot;%&quot; at the end: write &quot;%%&quot; for a percent sign</source>
        <translation>&quot;%&quot; à la fin&#xa0;: écrivez &quot;%%&quot; pour obtenir un signe pourcentage</translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a macro: &quot;%&quot; must be followed by &quot;{&quot;, &quot;%&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>&quot;%%1&quot; n&apos;est pas une macro&#xa0;: &quot;%&quot; doit être suivi de &quot;{&quot;, &quot;%&quot;, &quot;_&quot; ou &quot;-&quot;</translation>
    </message>
    <message>
        <source>unknown macro letter &quot;%1&quot;</source>
        <translation>lettre de macro inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>macro non terminée</translation>
    </message>
    <message>
        <source>a macro cannot keep zero parts</source>
        <translation>une macro ne peut pas conserver zéro partie</translation>
    </message>
    <message>
        <source>malformed macro</source>
        <translation>macro mal formée</translation>
    </message>
    <message>
        <source>the domain is missing</source>
        <translation>le domaine est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in a valid top-level label</source>
        <translation>&quot;%1&quot; ne se termine pas par un domaine de premier niveau valide</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>invalid IPv6 prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe IPv6 non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe IPv4 non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ip6 needs an address, as in ip6:2001:db8::/32</source>
        <translation>ip6 exige une adresse, comme dans ip6:2001:db8::/32</translation>
    </message>
    <message>
        <source>ip4 needs an address, as in ip4:192.0.2.0/24</source>
        <translation>ip4 exige une adresse, comme dans ip4:192.0.2.0/24</translation>
    </message>
    <message>
        <source>invalid prefix length &quot;%1&quot;</source>
        <translation>longueur de préfixe non valide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>%1 needs a domain, as in %1:example.com</source>
        <translation>%1 exige un domaine, comme dans %1:example.com</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after %2</source>
        <translation>&quot;%1&quot; inattendu après %2</translation>
    </message>
    <message>
        <source>not an SPF record: it must start with &quot;v=spf1&quot;</source>
        <translation>ce n&apos;est pas un enregistrement SPF&#xa0;: il doit commencer par &quot;v=spf1&quot;</translation>
    </message>
    <message>
        <source>character U+%1 is not allowed</source>
        <translation>le caractère U+%1 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid modifier name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de modificateur valide</translation>
    </message>
    <message>
        <source>%1= appears more than once</source>
        <translation>%1= apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>&quot;all&quot; ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>a qualifier without a mechanism</source>
        <translation>un qualificateur sans mécanisme</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;</source>
        <translation>mécanisme inconnu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StepTimings</name>
    <message>
        <source>Where the time went</source>
        <translation>Où le temps a été passé</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Début à</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>empty tag between two semicolons</source>
        <translation>balise vide entre deux points-virgules</translation>
    </message>
    <message>
        <source>the tag %1= appears more than once</source>
        <translation>la balise %1= apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a record</source>
        <translation>le caractère %1 n&apos;est pas autorisé dans un enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value</source>
        <translation>&quot;%1&quot; n&apos;est pas de la forme balise=valeur</translation>
    </message>
    <message>
        <source>a value without a tag name before &quot;=&quot;</source>
        <translation>une valeur sans nom de balise avant &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de balise valide</translation>
    </message>
</context>
<context>
    <name>TargetBuilder</name>
    <message>
        <source>must be a whole number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>doit être un nombre entier de 1 à 65535, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number of seconds above 0 and at most 600, not &quot;%1&quot;</source>
        <translation>doit être un nombre de secondes supérieur à 0 et d&apos;au plus 600, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an IP address, optionally with @PORT, not &quot;%1&quot;</source>
        <translation>doit être une adresse IP, éventuellement suivie de @PORT, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a domain name such as example.com, not &quot;%1&quot;</source>
        <translation>doit être un nom de domaine, par exemple example.com, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the SMTP server&apos;s name or address</source>
        <translation>est obligatoire&#xa0;: le nom ou l&apos;adresse du serveur SMTP</translation>
    </message>
    <message>
        <source>must be none, starttls or tls, not &quot;%1&quot;</source>
        <translation>doit valoir none, starttls ou tls, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>names a file that cannot be read: &quot;%1&quot;</source>
        <translation>indique un fichier illisible&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must list port numbers from 1 to 65535, such as 25,465,587, not &quot;%1&quot;</source>
        <translation>doit être une liste de numéros de port de 1 à 65535, par exemple 25,465,587, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a host name, an address or none</source>
        <translation>doit être un nom d&apos;hôte, une adresse ou none</translation>
    </message>
    <message>
        <source>must be a DKIM selector such as s1, not &quot;%1&quot;</source>
        <translation>doit être un sélecteur DKIM, par exemple s1, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a sender domain</source>
        <translation>exige un domaine d&apos;expédition</translation>
    </message>
    <message>
        <source>is needed to sign in as %1</source>
        <translation>est nécessaire pour se connecter en tant que %1</translation>
    </message>
    <message>
        <source>is needed with a password or token</source>
        <translation>est nécessaire avec un mot de passe ou un jeton</translation>
    </message>
    <message>
        <source>is needed too: a test message has a sender and a recipient</source>
        <translation>est nécessaire aussi&#xa0;: un message de test a un expéditeur et un destinataire</translation>
    </message>
    <message>
        <source>must be an e-mail address, not &quot;%1&quot;</source>
        <translation>doit être une adresse e-mail, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The backup connection is the same as the main one: change its server, port or encryption.</source>
        <translation>La connexion de secours est identique à la connexion principale&#xa0;: changez son serveur, son port ou son chiffrement.</translation>
    </message>
</context>
<context>
    <name>TestEmailPage</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Enre&amp;gistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Allow sending the password &amp;without encryption (unsafe)</source>
        <translation>Autoriser l&apos;envoi du mot de passe sans &amp;chiffrement (risqué)</translation>
    </message>
    <message>
        <source>&amp;Send test message</source>
        <translation>&amp;Envoyer le message de test</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>Annu&amp;ler le test</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>Sign in and send a test message the way your application would. Leave the fields empty to skip this step.</source>
        <translation>Connectez-vous au compte et envoyez un message de test comme le ferait votre application. Laissez les champs vides pour passer cette étape.</translation>
    </message>
    <message>
        <source>website@example.com</source>
        <translation>site@example.com</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>usually the full e-mail address</source>
        <translation>généralement l&apos;adresse e-mail complète</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation>Jeton d&apos;accès OAuth2</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>Automatique (le plus sûr que propose le serveur)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion au compte</translation>
    </message>
    <message>
        <source>Backup server</source>
        <translation>Serveur de secours</translation>
    </message>
    <message>
        <source>Backup port</source>
        <translation>Port de la connexion de secours</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Backup encryption</source>
        <translation>Chiffrement de la connexion de secours</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Chi&amp;ffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Test e-mail findings</source>
        <translation>Constats de l&apos;e-mail de test</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Enre&amp;gistrer le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>The password was taken from the system keychain.</source>
        <translation>Le mot de passe a été récupéré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>E&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se connecter &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mécan&amp;isme&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a sender and a recipient to send a test message, a user name to test the sign-in, or both.</source>
        <translation>Saisissez un expéditeur et un destinataire pour envoyer un message de test, un nom d&apos;utilisateur pour tester la connexion au compte, ou les deux.</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Connexion au compte sur %1...</translation>
    </message>
    <message>
        <source>Sending a test message through %1...</source>
        <translation>Envoi d&apos;un message de test par %1...</translation>
    </message>
    <message>
        <source>Done: no problem found.</source>
        <translation>Terminé&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n problem(s) found.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Terminé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>L&apos;expéditeur</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The access token</source>
        <translation>Le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <source>The backup connection</source>
        <translation>La connexion de secours</translation>
    </message>
    <message>
        <source>A setting of the server step</source>
        <translation>Un réglage de l&apos;étape du serveur</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>the subject (&quot;The sender&quot;), then what is wrong with it</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Sign in with %1 (browser)</source>
        <translation>Se connecter avec %1 (navigateur)</translation>
    </message>
    <message>
        <source>Other OAuth2 provider (browser)</source>
        <translation>Autre fournisseur OAuth2 (navigateur)</translation>
    </message>
    <message>
        <source>Sign in in the browser first: the test uses the token it gives.</source>
        <translation>Connectez-vous d&apos;abord dans le navigateur : le test utilise le jeton obtenu.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Also try an e&amp;xtra, backup connection side by side</source>
        <translation>Essayer aussi une connexion de secours en e&amp;xtra, côte à côte</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>SMTP Doctor test message — %1</source>
        <translation>Message de test de SMTP Doctor — %1</translation>
    </message>
    <message>
        <source>This message was sent by SMTP Doctor %1 on %2, through %3,
to check that this server accepts mail from %4.
It needs no answer.
</source>
        <translation>Ce message a été envoyé par SMTP Doctor %1 le %2, via %3,
pour vérifier que ce serveur accepte les e-mails de %4.
Vous n&apos;avez pas besoin d&apos;y répondre.
</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP Doctor %1: %2 port %3, %4
</source>
        <translation>SMTP Doctor %1&#xa0;: %2 port %3, %4
</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments observés&#xa0;:</translation>
    </message>
    <message>
        <source>Not checked: %1, because %2
</source>
        <translation>Non vérifié&#xa0;: %1, car %2
</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 passed, in %4 ms
</source>
        <translation>%1 problème(s), %2 avertissement(s), %3 réussi(s), en %4 ms
</translation>
    </message>
    <message>
        <source>DNS resolver: %1
</source>
        <translation>Résolveur DNS&#xa0;: %1
</translation>
    </message>
    <message>
        <source>SMTP Doctor %1: no server checked
</source>
        <translation>SMTP Doctor %1&#xa0;: aucun serveur vérifié
</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript of the SMTP session</source>
        <translation>Transcription de la session SMTP</translation>
    </message>
</context>
<context>
    <name>TxtLookup</name>
    <message>
        <source>%1 is an alias (CNAME) of %2</source>
        <translation>%1 est un alias (CNAME) de %2</translation>
    </message>
    <message>
        <source>DNSSEC validation failed: %1</source>
        <translation>échec de la validation DNSSEC&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>malformed TXT data (%n byte(s))</source>
        <translation>
            <numerusform>données TXT mal formées (%n octet)</numerusform>
            <numerusform>données TXT mal formées (%n octets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VantageTable</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>refused (reset)</source>
        <translation>refusé (réinitialisé)</translation>
    </message>
    <message>
        <source>no answer (dropped)</source>
        <translation>sans réponse (ignoré)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>blocked on the web server</source>
        <translation>bloqué sur le serveur web</translation>
    </message>
    <message>
        <source>, greets as %1</source>
        <translation>, se présente comme %1</translation>
    </message>
    <message>
        <source>, TLS fails</source>
        <translation>, TLS échoue</translation>
    </message>
    <message>
        <source>, certificate not trusted</source>
        <translation>, certificat non reconnu</translation>
    </message>
    <message>
        <source>, TLS trusted</source>
        <translation>, TLS reconnu</translation>
    </message>
    <message>
        <source>, no TLS version in common</source>
        <translation>, aucune version de TLS en commun</translation>
    </message>
    <message>
        <source>, another mail server</source>
        <translation>, un autre serveur de messagerie</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>From this computer and from your website</source>
        <translation>Depuis cet ordinateur et depuis votre site web</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Depuis cet ordinateur</translation>
    </message>
    <message>
        <source>From your website</source>
        <translation>Depuis votre site web</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
</context>
<context>
    <name>WatchAttempt</name>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil SMTP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>How many attempts (default 10).</source>
        <translation>Nombre de tentatives (10 par défaut).</translation>
    </message>
    <message>
        <source>Seconds from one attempt&apos;s start to the next&apos;s (default 5).</source>
        <translation>Secondes entre le début d&apos;une tentative et celui de la suivante (5 par défaut).</translation>
    </message>
    <message>
        <source>Sign in as this user in every attempt (the password comes from --password-stdin or --password-env).</source>
        <translation>Se connecter avec ce nom d&apos;utilisateur à chaque tentative (le mot de passe est fourni par --password-stdin ou --password-env).</translation>
    </message>
    <message>
        <source>Send a test message from this address (in the first attempt only, unless --messages-allowed).</source>
        <translation>Envoyer un message de test depuis cette adresse (lors de la première tentative seulement, sauf avec --messages-allowed).</translation>
    </message>
    <message>
        <source>Send a test message in each of the first N attempts (default 1): to find out after how many messages a rate limit starts.</source>
        <translation>Envoyer un message de test lors de chacune des N premières tentatives (1 par défaut)&#xa0;: pour savoir au bout de combien de messages une limite d&apos;envoi s&apos;applique.</translation>
    </message>
    <message>
        <source>Repeats the SMTP session to find out why mail works only sometimes.</source>
        <translation>Répète la session SMTP pour trouver pourquoi l&apos;envoi d&apos;e-mails ne fonctionne que parfois.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation>--count doit être un nombre entier de 1 à 10000, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0 to 3600, not &quot;%1&quot;</source>
        <translation>--interval doit être un nombre de secondes de 0 à 3600, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--messages-allowed must be a whole number from 0 to 10000, not &quot;%1&quot;</source>
        <translation>--messages-allowed doit être un nombre entier de 0 à 10000, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--messages-allowed needs --from and --to</source>
        <translation>--messages-allowed exige --from et --to</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>Interrupted: reporting what was measured.</source>
        <translation>Interrompu&#xa0;: voici le rapport de ce qui a été mesuré.</translation>
    </message>
</context>
<context>
    <name>WatchPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Repeated attempts</source>
        <translation>Tentatives répétées</translation>
    </message>
    <message>
        <source>The same connection, again and again: how often it fails, how, and how long each step takes.</source>
        <translation>La même connexion, encore et encore&#xa0;: à quelle fréquence elle échoue, comment, et combien de temps prend chaque étape.</translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation>Nombre de tentatives</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds between attempts</source>
        <translation>Secondes entre deux tentatives</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Press Start to connect %1 times; no message is sent.</source>
        <translation>Cliquez sur Démarrer pour vous connecter %1 fois&#xa0;; aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Connect / greeting / TLS (ms)</source>
        <translation>Connexion / accueil / TLS (ms)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Nombre de tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Press Start to connect %1 times and sign in as %2 each time; no message is sent.</source>
        <translation>Cliquez sur Démarrer pour vous connecter %1 fois au serveur et, à chaque fois, au compte %2&#xa0;; aucun message n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Attempt %1 of %2...</source>
        <translation>Tentative %1 sur %2...</translation>
    </message>
    <message>
        <source>Resolving %1...</source>
        <translation>Recherche DNS de %1...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancelled before the first attempt.</source>
        <translation>Annulé avant la première tentative.</translation>
    </message>
    <message>
        <source>No attempt was made: the server&apos;s address is unknown.</source>
        <translation>Aucune tentative n&apos;a été faite&#xa0;: l&apos;adresse du serveur est inconnue.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded before you cancelled.</source>
        <translation>%1 tentative(s) réussie(s) sur %2 avant l&apos;annulation.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded.</source>
        <translation>%1 tentative(s) réussie(s) sur %2.</translation>
    </message>
</context>
<context>
    <name>WatchRun</name>
    <message>
        <source>The DNS resolver could not start: %1</source>
        <translation>Le résolveur DNS n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1</translation>
    </message>
</context>
<context>
    <name>WatchTable</name>
    <message>
        <source>%1 of %2 attempts succeeded (%3%), one every %4 s</source>
        <translation>%1 tentative(s) réussie(s) sur %2 (%3&#xa0;%), à raison d&apos;une toutes les %4 s</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 planned attempts</source>
        <translation>série interrompue après %1 des %2 tentatives prévues</translation>
    </message>
    <message>
        <source>Repeated attempts: %1</source>
        <translation>Tentatives répétées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phase (ms)</source>
        <translation>Phase (ms)</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Échecs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate limited after %1 message(s), from attempt %2</source>
        <translation>Limite d&apos;envoi atteinte après %1 message(s), à partir de la tentative %2</translation>
    </message>
    <message>
        <source>Repeated attempts</source>
        <translation>Tentatives répétées</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 of %2 attempts (%3)</source>
        <translation>%1 tentative(s) sur %2 (%3)</translation>
    </message>
</context>
<context>
    <name>WebServerOrigin</name>
    <message>
        <source>the web server (the message has no Received line)</source>
        <translation>le serveur web (le message n&apos;a aucune ligne Received)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>What is happening?</source>
        <translation>Que se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>SMTP Doctor finds out why mail cannot be sent, and says what to do about it.</source>
        <translation>SMTP Doctor trouve pourquoi vos e-mails ne partent pas, et vous dit quoi faire.</translation>
    </message>
    <message>
        <source>&amp;Cannot connect to the SMTP server</source>
        <translation>&amp;Impossible de se connecter au serveur SMTP</translation>
    </message>
    <message>
        <source>The connection &amp;times out</source>
        <translation>La connexion &amp;expire (délai dépassé)</translation>
    </message>
    <message>
        <source>The server refuses my &amp;password</source>
        <translation>Le serveur refuse mon &amp;mot de passe</translation>
    </message>
    <message>
        <source>Mail is sent but &amp;not received, or lands in spam</source>
        <translation>L&apos;e-mail est envoyé mais &amp;n&apos;arrive pas, ou tombe dans les spams</translation>
    </message>
    <message>
        <source>It works only &amp;sometimes</source>
        <translation>Cela ne fonctionne que p&amp;arfois</translation>
    </message>
    <message>
        <source>Mail provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Other SMTP server</source>
        <translation>Autre serveur SMTP</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Your mail &amp;provider:</source>
        <translation>Votre &amp;fournisseur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Where is the failing mail sent from?</source>
        <translation>D&apos;où part l&apos;e-mail qui échoue ?</translation>
    </message>
    <message>
        <source>My &amp;website on a web host (WordPress, PHP...)</source>
        <translation>Mon site &amp;web chez un hébergeur (WordPress, PHP...)</translation>
    </message>
    <message>
        <source>A server I can log &amp;in to</source>
        <translation>Un serveur auquel je peux me &amp;connecter</translation>
    </message>
    <message>
        <source>This c&amp;omputer (a mail program or an app)</source>
        <translation>Cet &amp;ordinateur (un logiciel de messagerie ou une application)</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <source>&amp;Open report...</source>
        <translation>&amp;Ouvrir un rapport...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À p&amp;ropos</translation>
    </message>
    <message>
        <source>Open a JSON report, for example one made by smtp-doctor-cli on a server (Ctrl+O)</source>
        <translation>Ouvrir un rapport JSON, par exemple un rapport produit par smtp-doctor-cli sur un serveur (Ctrl+O)</translation>
    </message>
    <message>
        <source>Reopen an earlier run (Ctrl+H)</source>
        <translation>Rouvrir un diagnostic précédent (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>WizardCommands</name>
    <message>
        <source>Open a report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
    <message>
        <source>SMTP Doctor reports (*.json)</source>
        <translation>Rapports SMTP Doctor (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Language of the wizard, such as fr (default: the one chosen last in the wizard, else the system&apos;s).</source>
        <translation>Langue de l&apos;assistant, par exemple fr (par défaut : la dernière choisie dans l&apos;assistant, sinon celle du système).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Print these options and exit.</source>
        <translation>Affiche ces options et quitte.</translation>
    </message>
    <message>
        <source>Opens the SMTP Doctor wizard, which finds out why mail cannot be sent and says what to do. Without a screen (on a server), run smtp-doctor-cli diagnose instead.</source>
        <translation>Ouvre l&apos;assistant SMTP Doctor, qui trouve pourquoi les e-mails ne partent pas et dit quoi faire. Sans écran (sur un serveur), lancez plutôt smtp-doctor-cli diagnose.</translation>
    </message>
    <message>
        <source>Usage: smtp-doctor [options]</source>
        <translation>Utilisation : smtp-doctor [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no translation for the language &quot;%1&quot;</source>
        <translation>aucune traduction pour la langue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command</source>
        <translation>&quot;%1&quot; n&apos;est pas une commande</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>the first argument must be a command, such as diagnose</source>
        <translation>le premier argument doit être une commande, par exemple diagnose</translation>
    </message>
</context>
</TS>
