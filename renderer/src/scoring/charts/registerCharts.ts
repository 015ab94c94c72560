import { AllCommunityModule, ModuleRegistry } from 'ag-charts-community';

// AG Charts 13+ draws nothing without its modules registered; once for the whole renderer, on first import.
ModuleRegistry.registerModules(AllCommunityModule);
