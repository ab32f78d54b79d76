"""The SKP workspace tab (`skp_tab.SkpTabWidget`): RHK, behaviour and lampiran editors, the
header and workflow bar, their dialogs and the undoable commands behind every edit."""
