<?php
declare(strict_types=1);

namespace App\Queue\Task;

use App\Http\CollectorNotifier;
use App\Model\Table\SwarmCallsTable;
use Cake\Log\Log;
use Cake\ORM\TableRegistry;
use Psr\Log\LoggerInterface;
use Queue\Queue\Task;

/**
 * Runs in the queue worker (bin/cake queue run). Picks the collectors for the
 * district of a new swarm call and alerts them in priority order.
 */
class SwarmNotifyTask extends Task
{
    public ?int $timeout = 120;

    public ?int $retries = 2;

    /**
     * @param array<string, mixed> $data
     */
    public function run(array $data, int $jobId): void
    {
        /** @var SwarmCallsTable $calls */
        $calls = TableRegistry::getTableLocator()->get('SwarmCalls');
        /** @var \App\Model\Entity\SwarmCall $call */
        $call = $calls->get((int)$data['callId']);

        if ($call->status !== SwarmCallsTable::STATUS_NEW) {
            return;
        }

        $collectors = $calls->collectorsForDistrict((string)$call->district);
        if ($collectors === []) {
            Log::warning(sprintf('Swarm call %d: no collectors for %s', $call->id, $call->district));

            return;
        }

        $notifier = new CollectorNotifier($this->logger());
        $text = sprintf(
            'Swarm reported near %s (%s). Caller %s %s. Reply via the registry, code %d.',
            $call->postcode,
            $call->height ?? 'height unknown',
            $call->reporter_name,
            $call->reporter_phone,
            $call->id
        );

        foreach ($collectors as $collector) {
            $notifier->sms((string)$collector['mobile'], $text);
            if (!empty($collector['notify_url'])) {
                $notifier->webhook((string)$collector['notify_url'], [
                    'call' => $call->id,
                    'postcode' => $call->postcode,
                    'district' => $call->district,
                    'description' => $call->description,
                ]);
            }
        }

        $calls->markDispatched($call->id, (int)$collectors[0]['id']);
    }

    private function logger(): LoggerInterface
    {
        /** @var \Psr\Log\LoggerInterface $engine */
        $engine = Log::engine('queue') ?? Log::engine('error');

        return $engine;
    }
}
