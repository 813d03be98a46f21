<?php

declare(strict_types=1);

namespace App\Service;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\Routing\Generator\UrlGeneratorInterface;

/**
 * Front-desk staff authenticate against the company OpenLDAP directory.
 */
final class StaffAuthenticator
{
    private const PARTNER_HOSTS = ['portal.harbourlandlords.com', 'app.deskrow.io', 'help.deskrow.io'];

    public function __construct(
        #[Autowire('%env(LDAP_URI)%')]
        private readonly string $ldapUri,
        #[Autowire('%env(LDAP_BASE_DN)%')]
        private readonly string $baseDn,
        #[Autowire('%env(LDAP_BIND_DN)%')]
        private readonly string $bindDn,
        #[Autowire('%env(LDAP_BIND_PASSWORD)%')]
        private readonly string $bindPassword,
        private readonly UrlGeneratorInterface $urls,
    ) {
    }

    /** @return array{dn: string, name: string, email: ?string}|null */
    public function authenticate(string $username, string $password): ?array
    {
        if ($username === '' || $password === '') {
            return null;
        }

        $link = $this->connect();
        $filter = sprintf('(&(objectClass=inetOrgPerson)(memberOf=cn=frontdesk,ou=groups,%s)(uid=%s))', $this->baseDn, $username);
        $search = @ldap_search($link, 'ou=staff,' . $this->baseDn, $filter, ['dn', 'cn', 'mail']); // VULN ldap

        $entries = $search === false ? ['count' => 0] : ldap_get_entries($link, $search);
        if ($entries === false || $entries['count'] !== 1) {
            ldap_unbind($link);

            return null;
        }

        $dn = (string) $entries[0]['dn'];
        $bound = @ldap_bind($link, $dn, $password);
        ldap_unbind($link);

        if (!$bound) {
            return null;
        }

        return [
            'dn' => $dn,
            'name' => (string) ($entries[0]['cn'][0] ?? $username),
            'email' => isset($entries[0]['mail'][0]) ? (string) $entries[0]['mail'][0] : null,
        ];
    }

    /** @return array{name: string, email: string, phone: ?string}|null */
    public function findByEmail(string $email): ?array
    {
        $link = $this->connect();
        $filter = '(&(objectClass=inetOrgPerson)(mail=' . ldap_escape($email, '', LDAP_ESCAPE_FILTER) . '))';
        $search = @ldap_search($link, 'ou=staff,' . $this->baseDn, $filter, ['cn', 'mail', 'telephoneNumber']); // SAFE ldap

        $entries = $search === false ? false : ldap_get_entries($link, $search);
        ldap_unbind($link);

        if ($entries === false || $entries['count'] < 1) {
            return null;
        }

        return [
            'name' => (string) $entries[0]['cn'][0],
            'email' => (string) $entries[0]['mail'][0],
            'phone' => isset($entries[0]['telephonenumber'][0]) ? (string) $entries[0]['telephonenumber'][0] : null,
        ];
    }

    public function redirectAfterLogin(string $next): RedirectResponse
    {
        if ($next === '' || !str_starts_with($next, '/')) {
            return new RedirectResponse($this->urls->generate('frontdesk_dashboard'));
        }

        return new RedirectResponse($next); // VULN redirect
    }

    public function partnerReturn(string $target): RedirectResponse
    {
        $parts = parse_url($target);

        $allowed = $parts !== false
            && preg_match('/[\x00-\x20\\\\]/', $target) === 0
            && ($parts['scheme'] ?? '') === 'https'
            && !isset($parts['user'])
            && in_array(strtolower($parts['host'] ?? ''), self::PARTNER_HOSTS, true);

        if (!$allowed) {
            return new RedirectResponse($this->urls->generate('frontdesk_dashboard'));
        }

        return new RedirectResponse($target); // SAFE redirect
    }

    private function connect(): \LDAP\Connection
    {
        $link = ldap_connect($this->ldapUri);
        if ($link === false) {
            throw new \RuntimeException('Staff directory is unavailable.');
        }

        ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($link, LDAP_OPT_REFERRALS, 0);

        if (!@ldap_bind($link, $this->bindDn, $this->bindPassword)) {
            throw new \RuntimeException('Staff directory bind failed.');
        }

        return $link;
    }
}
