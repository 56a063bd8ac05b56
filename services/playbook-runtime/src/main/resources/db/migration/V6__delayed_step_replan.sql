-- A delayed step keeps its action (as its version defined it) and the trigger event, so that when due it is planned
-- again from the facts of that moment: recipients resolve when the action runs (seed 003: whoever holds the owner
-- type then). Rows written before this migration have neither and send the command planned when the playbook fired.
alter table delayed_step add column action text;
alter table delayed_step add column event text;
