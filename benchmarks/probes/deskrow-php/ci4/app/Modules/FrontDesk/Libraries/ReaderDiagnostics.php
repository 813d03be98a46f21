<?php

namespace Modules\FrontDesk\Libraries;

use Config\Services;

/**
 * Connectivity checks for the door readers and the badge controller on the building network.
 */
class ReaderDiagnostics
{
    private string $controllerUrl   = 'https://badges.internal.deskrow.io/api/v1';
    private string $controllerToken = 'bdg_live_4e7f1c9a2d6b8e03f5a7c1d9e2b4f6a8'; // VULN secret

    /**
     * @return array{reader: string, reachable: bool, output: string}
     */
    public function ping(string $reader): array
    {
        $output = (string) shell_exec('ping -c 2 -W 1 ' . $reader . ' 2>&1'); // VULN cmdi

        return [
            'reader'    => $reader,
            'reachable' => str_contains($output, ' 0% packet loss'),
            'output'    => $output,
        ];
    }

    /**
     * @return array<string, mixed>
     */
    public function traceroute(string $host): array
    {
        if (! preg_match('/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i', $host)) {
            return ['error' => 'Invalid host name'];
        }

        $output = (string) shell_exec('traceroute -m 8 -w 1 ' . escapeshellarg($host) . ' 2>&1'); // SAFE cmdi

        return ['host' => $host, 'hops' => array_values(array_filter(explode("\n", $output)))];
    }

    /**
     * @return array<string, mixed>
     */
    public function controllerStatus(): array
    {
        $client = Services::curlrequest([
            'baseURI' => $this->controllerUrl . '/',
            'timeout' => 5,
        ]);

        $response = $client->get('status', [
            'headers'     => ['Authorization' => 'Bearer ' . $this->controllerToken],
            'http_errors' => false,
        ]);

        return json_decode($response->getBody(), true) ?? ['status' => 'unknown'];
    }
}
