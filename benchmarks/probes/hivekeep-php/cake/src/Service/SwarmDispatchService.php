<?php
declare(strict_types=1);

namespace App\Service;

use App\Http\GeoClient;
use App\Http\PhotoFetcher;
use App\Model\Entity\SwarmCall;
use App\Model\Table\SwarmCallsTable;
use App\Utility\CodeGenerator;
use Cake\ORM\Locator\LocatorAwareTrait;

/**
 * Intake of public swarm reports and hand-off to the queue worker that
 * alerts the collectors for the district.
 */
class SwarmDispatchService
{
    use LocatorAwareTrait;

    private SwarmCallsTable $calls;

    public function __construct(
        private GeoClient $geo = new GeoClient(),
        private PhotoFetcher $photos = new PhotoFetcher(),
        private CodeGenerator $codes = new CodeGenerator(),
    ) {
        /** @var \App\Model\Table\SwarmCallsTable $calls */
        $calls = $this->fetchTable('SwarmCalls');
        $this->calls = $calls;
    }

    /**
     * @param array<string, mixed> $form
     * @return \App\Model\Entity\SwarmCall|array<string, mixed> the saved call or validation errors
     */
    public function report(array $form): SwarmCall|array
    {
        $geo = $this->geo->lookup((string)($form['postcode'] ?? ''));
        if ($geo !== null && empty($form['district'])) {
            $form['district'] = $geo['district'];
        }

        /** @var \App\Model\Entity\SwarmCall $call */
        $call = $this->calls->newEntity($form);
        $call->confirmation_code = $this->codes->swarmConfirmationCode();
        $call->status = SwarmCallsTable::STATUS_NEW;
        if ($geo !== null) {
            $call->set(['lat' => $geo['lat'], 'lng' => $geo['lng']], ['guard' => false]);
        }

        if (!$this->calls->save($call)) {
            return $call->getErrors();
        }

        if (!empty($call->photo_url)) {
            $cached = $this->photos->cache($call->id, (string)$call->photo_url);
            if ($cached !== null) {
                $call->set('photo_path', $cached, ['guard' => false]);
                $this->calls->save($call);
            }
        }

        $this->fetchTable('Queue.QueuedJobs')->createJob('SwarmNotify', [
            'callId' => $call->id,
            'district' => $call->district,
        ]);

        return $call;
    }

    public function status(string $code): ?array
    {
        if (!preg_match('/^\d{6}$/', $code)) {
            return null;
        }
        $call = $this->calls->findByConfirmationCode($code);
        if ($call === null) {
            return null;
        }

        return [
            'status' => $call->status,
            'district' => $call->district,
            'reported' => $call->created?->format('Y-m-d H:i'),
        ];
    }
}
